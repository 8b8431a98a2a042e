import { CitationList } from '../../components/CitationList';
import { rolesAt } from '../../data/chronology';
import { formatEdtf, htmlDateTime, type ResolvedDate } from '../../data/edtf';
import type { Actor, Source, TimelineEvent, Track } from '../../data/schema';

interface Props {
  event: TimelineEvent;
  date: ResolvedDate;
  actors: ReadonlyMap<string, Actor>;
  sources: ReadonlyMap<string, Source>;
  track: Track | undefined;
}

/** One event in the list: title, date in words with its precision, place, length, and who took part in what role. */
export function EventCard({ event, date, actors, sources, track }: Props) {
  const isRound = event.round !== undefined;
  const dateText = formatEdtf(event.date);
  const dateTime = htmlDateTime(date);
  const headingId = `event-${event.id}-title`;
  return (
    <article
      aria-labelledby={headingId}
      className={`rounded-lg border p-3 sm:p-4 ${
        isRound
          ? 'border-blue-300 bg-blue-50 dark:border-blue-700 dark:bg-blue-950'
          : 'border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900'
      }`}
    >
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
        {dateTime ? <time dateTime={dateTime}>{dateText}</time> : <span>{dateText}</span>}
        {event.inferred && (
          <span className="rounded bg-amber-100 px-1.5 text-xs font-medium text-amber-900 dark:bg-amber-900 dark:text-amber-100">
            date inferred
          </span>
        )}
        {track && <span className="text-slate-500 dark:text-slate-400">· {track.label}</span>}
      </p>
      <h3 id={headingId} className="mt-1 font-semibold">
        {isRound && (
          <>
            <span className="mr-2 rounded bg-blue-800 px-1.5 py-0.5 text-xs font-semibold text-white dark:bg-blue-300 dark:text-blue-950">
              Round {event.round}
            </span>
            {/* Screen readers hear "Round 3: Third round…"; the badge's margin does the separating for the eye. */}
            <span className="sr-only">:</span>{' '}
          </>
        )}
        {event.title}
      </h3>
      {event.dateNote && (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          <span className="font-medium">Date note:</span> {event.dateNote}
        </p>
      )}
      {(event.place || event.duration) && (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {event.place}
          {event.place && event.duration && ' · '}
          {event.duration && <>lasted: “{event.duration.text}”</>}
        </p>
      )}
      {event.actors.length > 0 && (
        <ul aria-label="Actors" className="mt-2 flex flex-wrap gap-1.5 text-sm">
          {event.actors.map((id) => {
            const actor = actors.get(id);
            if (!actor) return null;
            const roles = actor.kind === 'person' ? rolesAt(actor, date) : [];
            return (
              <li
                key={id}
                className="rounded-full border border-slate-300 bg-white px-2 py-0.5 dark:border-slate-600 dark:bg-slate-900"
              >
                {actor.name}
                {roles.length > 0 && (
                  <span className="text-slate-600 dark:text-slate-400">, {roles.map((r) => r.title).join('; ')}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p className="mt-2 text-sm">{event.summary}</p>
      <details className="mt-2">
        <summary className="cursor-pointer text-sm font-medium text-blue-800 dark:text-sky-300">
          Sources ({event.citations.length})
        </summary>
        <div className="mt-2">
          <CitationList citations={event.citations} sources={sources} />
        </div>
      </details>
    </article>
  );
}
