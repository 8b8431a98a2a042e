import type { ReactNode } from 'react';
import { tallyMessages } from '../../i18n/messages';
import { FormattedMessage } from 'react-intl';
import { useDateWords } from '../../i18n/date-words';
import { messages } from './messages';
import { CitationList } from '../../components/CitationList';
import { ConflictClaims } from '../../components/ConflictClaims';
import { Highlighted } from '../../components/Highlighted';
import { StatusBadge } from '../../components/StatusBadge';
import { actorIndex, rolesAt, type ChronologyEntry } from '../../data/chronology';
import { formatDate, htmlDateTime } from '../../data/edtf';
import { conflictsFor, silencesFor, talliesFor } from '../../data/relations';
import type { Actor, Conflict, Dataset, Tally } from '../../data/schema';
import { sourceIndex, type IndexedSource } from '../../data/source-index';
import { tallyPhrase } from '../../data/tally-words';
import { splitSummary } from './summary-parts';

interface Props {
  dataset: Dataset;
  entry: ChronologyEntry;
  headingId: string;
  /** Search words to mark. */
  highlight: string[];
}

/** More people than this, and who took part is folded under its heading. */
const ACTORS_SHOWN_OPEN = 4;

/**
 * Everything the record holds about one event, in the order a reader asks for it: what happened (the title, when and
 * where, the summary's first sentence, then the rest), the figures, the quotes it rests on, how the date was worked
 * out, and where the sources disagree or are silent. A field the sources do not give is left out, not filled with a
 * placeholder; silences that matter are said in their own section.
 */
export function EventDetails({ dataset, entry, headingId, highlight }: Props) {
  const { event } = entry;
  const actors = actorIndex(dataset);
  const sources = sourceIndex(dataset);
  const tallies = talliesFor(dataset, event);
  const silences = silencesFor(dataset, event);
  const conflicts = conflictsFor(dataset, event);
  const people = event.actors.flatMap((id) => actors.get(id) ?? []);

  return (
    <article aria-labelledby={headingId}>
      <Heading dataset={dataset} entry={entry} headingId={headingId} highlight={highlight} />
      <Summary text={event.summary} highlight={highlight} />
      {people.length > 0 && <WhoTookPart people={people} entry={entry} dataset={dataset} />}
      {tallies.length > 0 && (
        <Section title={<FormattedMessage {...messages.figures} />}>
          <Figures tallies={tallies} actors={actors} sources={sources} />
        </Section>
      )}
      <Section title={<FormattedMessage {...messages.sources} />}>
        <CitationList citations={event.citations} sources={sources} highlight={highlight} />
      </Section>
      {event.dateNote && (
        <Section title={<FormattedMessage {...messages.dateWorkedOut} />}>
          <p className="text-sm">{event.dateNote}</p>
        </Section>
      )}
      {conflicts.length > 0 && (
        <Section title={<FormattedMessage {...messages.disagree} />}>
          <ul className="space-y-2">
            {conflicts.map((c) => (
              <li key={c.id}>
                <Disagreement conflict={c} sources={sources} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      {silences.length > 0 && (
        <Section title={<FormattedMessage {...messages.notReported} />}>
          <ul className="list-disc pl-5 text-sm">
            {silences.map((s) => (
              <li key={s.id}>
                {s.topic}
                {s.note && <span className="text-slate-600 dark:text-slate-400"> — {s.note}</span>}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </article>
  );
}

const SECTION_TITLE = 'text-sm font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300';

function Section({ title, children }: { title: ReactNode; children: ReactNode }) {
  return (
    <section className="mt-5 border-t border-slate-200 pt-3 dark:border-slate-700">
      <h3 className={SECTION_TITLE}>{title}</h3>
      <div className="mt-2">{children}</div>
    </section>
  );
}

/** The title with the round's badge, and the line that says when, where and how long, with only what is known. */
function Heading({ dataset, entry, headingId, highlight }: Props) {
  const { event, date } = entry;
  const track = dataset.tracks.find((t) => t.id === event.track);
  const dateTime = htmlDateTime(date);
  const when = formatDate(date, useDateWords());
  const duration = event.duration && (
    <FormattedMessage {...messages.lasted} values={{ duration: <span lang="en">“{event.duration.text}”</span> }} />
  );
  return (
    <header>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {dateTime ? <time dateTime={dateTime}>{when}</time> : when}
        {event.inferred && (
          <>
            {' '}
            <FormattedMessage {...messages.inferred} />
          </>
        )}
        {track && <span className="text-slate-600 dark:text-slate-400"> · {track.label}</span>}
      </p>
      <h2 id={headingId} tabIndex={-1} className="mt-1 text-xl leading-snug font-semibold focus:outline-none">
        {event.round !== undefined && (
          <>
            <span className="mr-1 inline-block rounded bg-blue-800 px-1.5 py-0.5 align-[0.15em] text-xs leading-none font-semibold text-white dark:bg-blue-300 dark:text-blue-950">
              <FormattedMessage {...messages.roundBadge} values={{ round: event.round }} />
            </span>{' '}
          </>
        )}
        <Highlighted text={event.title} words={highlight} />
      </h2>
      {(event.place || duration) && (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {event.place}
          {event.place && duration && ' · '}
          {duration}
        </p>
      )}
    </header>
  );
}

/** The summary's first sentence, larger, then the rest. */
function Summary({ text, highlight }: { text: string; highlight: string[] }) {
  const { lead, rest } = splitSummary(text);
  return (
    <div className="mt-3">
      <p className="text-base leading-relaxed font-medium">
        <Highlighted text={lead} words={highlight} />
      </p>
      {rest && (
        <p className="mt-2 text-sm leading-relaxed">
          <Highlighted text={rest} words={highlight} />
        </p>
      )}
    </div>
  );
}

/** Who took part, each person with the role the sources attest on the event's date; folded when they are many. */
function WhoTookPart({ people, entry, dataset }: { people: Actor[]; entry: ChronologyEntry; dataset: Dataset }) {
  return (
    <details open={people.length <= ACTORS_SHOWN_OPEN} className="mt-4 text-sm">
      <summary className={`cursor-pointer ${SECTION_TITLE}`}>
        <FormattedMessage {...messages.whoTookPart} values={{ count: people.length }} />
      </summary>
      <ul className="mt-2 space-y-0.5">
        {people.map((actor) => {
          const roles = rolesAt(actor, entry.date, dataset.dates);
          return (
            <li key={actor.id}>
              <span className="font-medium">{actor.name}</span>
              {roles.length > 0
                ? `, ${roles.map((r) => r.title).join('; ')}`
                : actor.kind === 'person' && (
                    <span className="text-slate-600 dark:text-slate-400">
                      <FormattedMessage {...messages.roleNotGiven} />
                    </span>
                  )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

/**
 * One disagreement, folded to its topic: the claims side by side, each with its quotes, take a screen each. The
 * topic is the fold's label, so the claims' own heading is left to screen readers (it names the region).
 */
function Disagreement({ conflict, sources }: { conflict: Conflict; sources: ReadonlyMap<string, IndexedSource> }) {
  return (
    <details className="text-sm [&>section]:mt-1 [&>section>:is(h4)]:sr-only">
      <summary className="cursor-pointer font-medium text-blue-900 dark:text-sky-200">{conflict.topic}</summary>
      <ConflictClaims conflict={conflict} sources={sources} level={4} />
    </details>
  );
}

function Figures({
  tallies,
  actors,
  sources,
}: {
  tallies: Tally[];
  actors: ReadonlyMap<string, Actor>;
  sources: ReadonlyMap<string, IndexedSource>;
}) {
  return (
    <ul className="space-y-3 text-sm">
      {tallies.map((t) => (
        <li key={t.id}>
          <span className="font-medium">
            <FormattedMessage {...tallyMessages[t.kind]} />:{' '}
            {t.qualifier === 'all' ? tallyPhrase(t) : `${tallyPhrase(t)} (${t.label})`}
          </span>{' '}
          <StatusBadge status={t.status} />
          {t.claimedBy && (
            <span>
              <FormattedMessage
                {...messages.claimedBy}
                values={{ actor: actors.get(t.claimedBy)?.name ?? t.claimedBy }}
              />
            </span>
          )}
          <details className="mt-1">
            <summary className="cursor-pointer text-blue-800 dark:text-sky-300">
              <FormattedMessage {...messages.quotesForFigure} />
            </summary>
            <div className="mt-1">
              <CitationList citations={t.citations} sources={sources} />
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}
