import { useMemo } from 'react';
import { actorIndex, chronology } from '../../data/chronology';
import type { Dataset } from '../../data/schema';
import { EventCard } from './EventCard';
import { RoundsOverview } from './RoundsOverview';

/** The accessible, chronological list of every event: the first screen, and later the timeline's equivalent. */
export function ChronologyList({ dataset }: { dataset: Dataset }) {
  const entries = useMemo(() => chronology(dataset), [dataset]);
  const actors = useMemo(() => actorIndex(dataset), [dataset]);
  const sources = useMemo(() => new Map(dataset.sources.map((s) => [s.id, s])), [dataset]);
  const tracks = useMemo(() => new Map(dataset.tracks.map((t) => [t.id, t])), [dataset]);
  const rounds = entries.filter((e) => e.event.round !== undefined).length;

  return (
    <div className="mx-auto max-w-4xl">
      <RoundsOverview entries={entries} />
      <section aria-labelledby="chronology-heading">
        <h2 id="chronology-heading" className="text-lg font-semibold">
          Chronology
        </h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
          {entries.length} events in time order, {rounds} of them rounds of talks.
        </p>
        <ol aria-labelledby="chronology-heading" className="mt-4 space-y-3">
          {entries.map(({ event, date }) => (
            <li key={event.id} id={`event-${event.id}`} className="scroll-mt-4">
              <EventCard event={event} date={date} actors={actors} sources={sources} track={tracks.get(event.track)} />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
