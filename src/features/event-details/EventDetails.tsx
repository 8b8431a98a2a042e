import { CitationList } from '../../components/CitationList';
import { Highlighted } from '../../components/Highlighted';
import { actorIndex, rolesAt, type ChronologyEntry } from '../../data/chronology';
import { formatDate } from '../../data/edtf';
import { sourceIndex } from '../../data/source-index';
import { ConflictClaims } from '../../components/ConflictClaims';
import { StatusBadge } from '../../components/StatusBadge';
import { conflictsFor, silencesFor, talliesFor } from '../../data/relations';
import { KIND_LABELS, tallyPhrase } from '../../data/tally-words';
import type { Dataset } from '../../data/schema';

interface Props {
  dataset: Dataset;
  entry: ChronologyEntry;
  headingId: string;
  /** Search words to mark. */
  highlight: string[];
}

const sectionTitle = 'mt-4 text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400';

/** Everything the record holds about one event, each fact beside its quotes. */
export function EventDetails({ dataset, entry, headingId, highlight }: Props) {
  const { event, date } = entry;
  const actors = actorIndex(dataset);
  const sources = sourceIndex(dataset);
  const track = dataset.tracks.find((t) => t.id === event.track);
  const tallies = talliesFor(dataset, event);
  const silences = silencesFor(dataset, event);
  const conflicts = conflictsFor(dataset, event);

  return (
    <article aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1} className="pr-20 text-lg font-semibold">
        {event.round !== undefined && <span className="sr-only">Round {event.round}: </span>}
        <Highlighted text={event.title} words={highlight} />
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-medium">Date</dt>
        <dd>
          {formatDate(date)}
          {event.inferred && ' (inferred)'}
          {event.dateNote && <span className="block text-slate-600 dark:text-slate-400">{event.dateNote}</span>}
        </dd>
        <dt className="font-medium">Place</dt>
        <dd>{event.place ?? <Silent />}</dd>
        <dt className="font-medium">Length</dt>
        <dd>{event.duration ? `“${event.duration.text}”` : <Silent />}</dd>
        {track && (
          <>
            <dt className="font-medium">Track</dt>
            <dd>{track.label}</dd>
          </>
        )}
      </dl>

      {event.actors.length > 0 && (
        <>
          <h3 className={sectionTitle}>Actors</h3>
          <ul className="mt-1 space-y-0.5 text-sm">
            {event.actors.map((id) => {
              const actor = actors.get(id);
              if (!actor) return null;
              const roles = rolesAt(actor, date, dataset.dates);
              return (
                <li key={id}>
                  <span className="font-medium">{actor.name}</span>
                  {roles.length > 0
                    ? `, ${roles.map((r) => r.title).join('; ')}`
                    : actor.kind === 'person' && (
                        <span className="text-slate-600 dark:text-slate-400">
                          , role on this date not given in the sources
                        </span>
                      )}
                </li>
              );
            })}
          </ul>
        </>
      )}

      <h3 className={sectionTitle}>Summary</h3>
      <p className="mt-1 text-sm">
        <Highlighted text={event.summary} words={highlight} />
      </p>

      {tallies.length > 0 && (
        <>
          <h3 className={sectionTitle}>Figures</h3>
          <ul className="mt-1 space-y-2 text-sm">
            {tallies.map((t) => (
              <li key={t.id}>
                <span className="font-medium">
                  {KIND_LABELS[t.kind]}: {t.qualifier === 'all' ? tallyPhrase(t) : `${tallyPhrase(t)} (${t.label})`}
                </span>{' '}
                <StatusBadge status={t.status} />
                {t.claimedBy && <span> · claimed by {actors.get(t.claimedBy)?.name ?? t.claimedBy}</span>}
                <details className="mt-1">
                  <summary className="cursor-pointer text-blue-800 dark:text-sky-300">Quotes for this figure</summary>
                  <div className="mt-1">
                    <CitationList citations={t.citations} sources={sources} />
                  </div>
                </details>
              </li>
            ))}
          </ul>
        </>
      )}

      {conflicts.length > 0 && (
        <>
          <h3 className={sectionTitle}>Where the sources disagree</h3>
          {conflicts.map((c) => (
            <ConflictClaims key={c.id} conflict={c} sources={sources} level={4} />
          ))}
        </>
      )}

      {silences.length > 0 && (
        <>
          <h3 className={sectionTitle}>Not reported in the sources</h3>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {silences.map((s) => (
              <li key={s.id}>
                {s.topic}
                {s.note && <span className="text-slate-600 dark:text-slate-400"> — {s.note}</span>}
              </li>
            ))}
          </ul>
        </>
      )}

      <h3 className={sectionTitle}>Sources</h3>
      <div className="mt-1">
        <CitationList citations={event.citations} sources={sources} highlight={highlight} />
      </div>
    </article>
  );
}

function Silent() {
  return <span className="text-slate-600 italic dark:text-slate-400">not given in the sources</span>;
}
