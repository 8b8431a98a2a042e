import { useMemo } from 'react';
import { CitationList } from '../../components/CitationList';
import { actorIndex, rolesAt } from '../../data/chronology';
import { dateIn, formatDateIn } from '../../data/edtf';
import { sourceIndex } from '../../data/source-index';
import type { Dataset, TimelineEvent } from '../../data/schema';
import { eventPermalink } from './links';
import { currentSiteUrl } from './site-url';

interface Props {
  dataset: Dataset;
  /** The events on screen, already filtered, in the order shown. */
  events: readonly TimelineEvent[];
  /** The filters in words, so the page says which view it is. */
  filtersInWords?: readonly string[];
  /** The address of the view, printed so the paper leads back to it. */
  /** The link to the view printed, read while printing. */
  getUrl?: () => string;
  /** Where permalinks point; the running app's own address unless given. */
  siteUrl?: string;
}

/**
 * The view as paper wants it: every event shown with its summary, actors and quotes. Hidden on screen, where the
 * quotes live in the details panel of the selected event only; src/print.css makes it the body of the printed page.
 */
export function PrintChronology({ dataset, events, filtersInWords = [], getUrl, siteUrl }: Props) {
  const url = getUrl?.();
  const actors = useMemo(() => actorIndex(dataset), [dataset]);
  const sources = useMemo(() => sourceIndex(dataset), [dataset]);
  const tracks = useMemo(() => new Map(dataset.tracks.map((t) => [t.id, t.label])), [dataset]);
  const site = siteUrl ?? currentSiteUrl();

  return (
    <section aria-labelledby="print-chronology-heading" className="print-chronology hidden print:block">
      <h2 id="print-chronology-heading" className="text-lg font-semibold">
        Chronology: {events.length} {events.length === 1 ? 'event' : 'events'}
      </h2>
      <p className="text-sm">
        {filtersInWords.length > 0 ? `View: ${filtersInWords.join('; ')}.` : 'All events.'}
        {url && <span className="break-all"> Printed from {url}</span>}
      </p>
      <ol className="mt-3">
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
                <p className="mt-1 text-xs break-all">Link: {eventPermalink(site, event.id)}</p>
              </article>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
