import { memo, useId } from 'react';
import type { TimelineEvent } from '../../data/schema';
import type { IndexedSource } from '../../data/source-index';
import { HIDDEN_BY_FILTERS, nameOf } from '../../data/tally-words';
import { HiddenNotice } from './HiddenNotice';
import { NotReported } from './NotReported';
import {
  COMPARED_TOPICS,
  durationCitations,
  durationMinutesText,
  TOPIC_LABELS,
  type ComparedTopic,
  type ComparisonColumn,
} from './round-comparison';
import { roundHeading } from '../../data/rounds';
import { SourcesToggle } from './SourcesToggle';

interface Props {
  columns: ComparisonColumn[];
  sources: ReadonlyMap<string, IndexedSource>;
  names: ReadonlyMap<string, string>;
  selectedEventId: string | null;
  /** Clears the filters that hide some of the lined-up events. */
  onShowHidden?: () => void;
}

const EVENTS = { one: 'event of these rounds', many: 'events of these rounds' };

function Length({ event, sources }: { event: TimelineEvent | undefined; sources: ReadonlyMap<string, IndexedSource> }) {
  if (!event?.duration) return <NotReported />;
  const minutes = durationMinutesText(event.duration);
  return (
    <>
      <p>“{event.duration.text}”</p>
      {minutes && <p className="text-xs text-slate-600 dark:text-slate-400">{minutes}</p>}
      <SourcesToggle
        citations={durationCitations(event)}
        sources={sources}
        about={`for the length of round ${event.round}`}
      />
    </>
  );
}

function TopicEvents({
  events,
  hidden,
  sources,
  names,
}: { events: TimelineEvent[]; hidden: number } & Pick<Props, 'sources' | 'names'>) {
  if (events.length === 0 && hidden > 0) {
    return <p className="text-sm text-slate-600 italic dark:text-slate-400">{HIDDEN_BY_FILTERS}</p>;
  }
  if (events.length === 0) return <NotReported />;
  return (
    <>
      <ul className="space-y-3">
        {events.map((e) => (
          <li key={e.id}>
            {e.proposedBy && (
              <p className="text-xs font-semibold text-slate-700 dark:text-slate-300">
                Proposed by {nameOf(names, e.proposedBy)}
              </p>
            )}
            <p>{e.title}</p>
            <SourcesToggle citations={e.citations} sources={sources} about={`for “${e.title}”`} />
          </li>
        ))}
      </ul>
      {hidden > 0 && (
        <p className="mt-2 text-sm text-slate-600 italic dark:text-slate-400">
          {hidden} more {hidden === 1 ? 'event' : 'events'} {HIDDEN_BY_FILTERS}
        </p>
      )}
    </>
  );
}

/** The rounds side by side on what else they produced, from the round events and the events tagged with a topic. */
export const RoundComparison = memo(function RoundComparison({
  columns,
  sources,
  names,
  selectedEventId,
  onShowHidden,
}: Props) {
  const baseId = useId();
  const count = (of: (c: ComparisonColumn, topic: ComparedTopic) => number) =>
    columns.reduce((n, c) => n + COMPARED_TOPICS.reduce((m, t) => m + of(c, t), 0), 0);
  const hidden = count((c, t) => c.hidden[t]);
  const total = hidden + count((c, t) => c.topics[t].length);
  const selected = (c: ComparisonColumn) =>
    selectedEventId != null && c.event?.id === selectedEventId ? 'bg-blue-50 dark:bg-blue-950/60' : '';
  const rowHeader = 'sticky left-0 z-10 bg-white px-3 py-3 align-top font-semibold dark:bg-slate-950';
  return (
    <section aria-labelledby={`${baseId}-heading`}>
      <h2 id={`${baseId}-heading`} className="text-lg font-semibold">
        The rounds side by side
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-slate-600 dark:text-slate-300">
        How long each meeting lasted, and the proposals and next steps the sources report from the day of each round.
      </p>
      <HiddenNotice count={hidden} total={total} noun={EVENTS} onShow={onShowHidden} />
      {/* The table where the section is wide enough, one card per round (latest first) where it is not; a container
          query shows one. No landmark of its own: the section around it is already "The rounds side by side", and two
          landmarks of one name cannot be told apart. */}
      <div className="mt-4 hidden overflow-x-auto rounded-lg border border-slate-200 @3xl:block dark:border-slate-800">
        <table aria-labelledby={`${baseId}-heading`} className="w-full table-fixed border-collapse text-left text-sm">
          <colgroup>
            <col className="w-36" />
            {columns.map((c) => (
              <col key={c.round} />
            ))}
          </colgroup>
          <thead>
            <tr className="border-y border-slate-200 dark:border-slate-800">
              <th scope="col" className={`${rowHeader} w-36 py-2 font-medium`}>
                Topic
              </th>
              {columns.map((c) => (
                <th key={c.round} scope="col" className={`px-3 py-2 font-semibold ${selected(c)}`}>
                  {roundHeading(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="border-b border-slate-200 dark:border-slate-800">
              <th scope="row" className={rowHeader}>
                Length of the meeting
              </th>
              {columns.map((c) => (
                <td key={c.round} className={`px-3 py-3 align-top ${selected(c)}`}>
                  <Length event={c.event} sources={sources} />
                </td>
              ))}
            </tr>
            {COMPARED_TOPICS.map((topic) => (
              <tr key={topic} className="border-b border-slate-200 dark:border-slate-800">
                <th scope="row" className={rowHeader}>
                  {TOPIC_LABELS[topic]}
                </th>
                {columns.map((c) => (
                  <td key={c.round} className={`px-3 py-3 align-top ${selected(c)}`}>
                    <TopicEvents events={c.topics[topic]} hidden={c.hidden[topic]} sources={sources} names={names} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul aria-labelledby={`${baseId}-heading`} className="mt-4 space-y-4 @3xl:hidden">
        {[...columns].reverse().map((c) => (
          <RoundCard key={c.round} column={c} sources={sources} names={names} selected={selected(c) !== ''} />
        ))}
      </ul>
    </section>
  );
});

/** One round's column as a card: its length, the topics it produced, and in one line the topics it did not. */
function RoundCard({
  column,
  sources,
  names,
  selected,
}: { column: ComparisonColumn; selected: boolean } & Pick<Props, 'sources' | 'names'>) {
  const reported = COMPARED_TOPICS.filter((t) => column.topics[t].length > 0 || column.hidden[t] > 0);
  const silent = COMPARED_TOPICS.filter((t) => !reported.includes(t));
  return (
    <li
      className={`rounded-lg border p-3 text-sm ${
        selected
          ? 'border-blue-800 bg-blue-50 dark:border-sky-300 dark:bg-blue-950/60'
          : 'border-slate-200 dark:border-slate-800'
      }`}
    >
      <h3 className="font-semibold">{roundHeading(column)}</h3>
      <dl className="mt-2 space-y-3">
        <div>
          <dt className="font-semibold">Length of the meeting</dt>
          <dd className="mt-1">
            <Length event={column.event} sources={sources} />
          </dd>
        </div>
        {reported.map((topic) => (
          <div key={topic}>
            <dt className="font-semibold">{TOPIC_LABELS[topic]}</dt>
            <dd className="mt-1">
              <TopicEvents
                events={column.topics[topic]}
                hidden={column.hidden[topic]}
                sources={sources}
                names={names}
              />
            </dd>
          </div>
        ))}
      </dl>
      {silent.length > 0 && (
        <p className="mt-3 text-slate-700 dark:text-slate-300">
          <span className="font-medium italic">Not reported in the sources:</span>{' '}
          {silent.map((t) => TOPIC_LABELS[t].toLowerCase()).join('; ')}
        </p>
      )}
    </li>
  );
}
