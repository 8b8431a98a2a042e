import { useMemo } from 'react';
import { CitationList } from '../../components/CitationList';
import { actorIndex, rolesAt } from '../../data/chronology';
import { dateIn, formatDateIn } from '../../data/edtf';
import type { IndexedSource } from '../../data/source-index';
import type { Dataset, TimelineEvent } from '../../data/schema';
import { eventPermalink } from '../../lib/permalinks';

interface Props {
  dataset: Dataset;
  sources: ReadonlyMap<string, IndexedSource>;
  /** The events on screen, already filtered, in the order shown. */
  events: readonly TimelineEvent[];
  /** Where permalinks point. */
  siteUrl: string;
}

/**
 * The chronology as paper wants it: every event shown with its summary, actors and quotes. On screen the quotes live
 * in the details panel of the selected event only; on paper nothing opens, so every event carries its own.
 */
export function PrintChronology({ dataset, sources, events, siteUrl }: Props) {
  const actors = useMemo(() => actorIndex(dataset), [dataset]);
  const tracks = useMemo(() => new Map(dataset.tracks.map((t) => [t.id, t.label])), [dataset]);

  return (
    <section aria-labelledby="print-chronology-heading" className="print-part print-chronology">
      <h2 id="print-chronology-heading" className="text-lg font-semibold">
        Chronology: {events.length} {events.length === 1 ? 'event' : 'events'}
      </h2>
      {events.length === 0 && <p className="mt-1 text-sm">No event is in this view.</p>}
      <ol className="mt-2">
        {events.map((event) => {
          const date = dateIn(dataset.dates, event.date);
          const people = event.actors.map((id) => {
            const actor = actors.get(id);
            if (!actor) return id;
            const roles =
              actor.kind === 'person' && date ? rolesAt(actor, date, dataset.dates).map((r) => r.title) : [];
            return roles.length > 0 ? `${actor.name} (${roles.join('; ')})` : actor.name;
          });
          const facts = [
            `${formatDateIn(dataset.dates, event.date)}${event.inferred ? ' (date inferred)' : ''}`,
            tracks.get(event.track),
            event.place,
            event.duration && `lasted “${event.duration.text}”`,
          ].filter(Boolean);
          const permalink = eventPermalink(siteUrl, event.id);
          return (
            <li key={event.id} className="break-inside-avoid border-t border-slate-400 py-3">
              <article aria-labelledby={`print-${event.id}`}>
                <h3 id={`print-${event.id}`} className="font-semibold">
                  {event.round !== undefined && `Round ${event.round}: `}
                  {event.title}
                </h3>
                <p className="text-sm">{facts.join(' · ')}</p>
                {event.dateNote && <p className="text-xs">Date note: {event.dateNote}</p>}
                {people.length > 0 && <p className="text-sm">Actors: {people.join(', ')}</p>}
                <p className="mt-1">{event.summary}</p>
                <div className="mt-2">
                  <CitationList citations={event.citations} sources={sources} />
                </div>
                <p className="mt-1 text-xs break-all">
                  Link: <a href={permalink}>{permalink}</a>
                </p>
              </article>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
