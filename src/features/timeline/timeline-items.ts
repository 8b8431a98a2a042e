// From the dataset to what the timeline draws: one pure function, so the drawing rules are tested without a browser.
// Times are wall-clock times at the event's place, carried as UTC milliseconds; the timeline shows them in UTC.
import type { ChronologyEntry } from '../../data/chronology';
import { formatDate } from '../../data/edtf';
import type { Track } from '../../data/schema';
import { cachedPer } from '../../lib/cached-per';
import { HOUR, MINUTE } from '../../lib/time';

export type ItemShape = 'point' | 'range';

/** How sure the date is, as the timeline draws it. */
export type Certainty =
  | 'exact' // a time of day
  | 'day' // known to the day, not the hour: drawn over the whole day rather than at an invented time
  | 'month' // known only to the month: a faint span over it
  | 'year' // known only to the year: a faint span over it
  | 'interval' // between two known dates
  | 'before' // some time before a date, start not given
  | 'approximate'; // the sources say "about"

export interface TimelineItemSpec {
  id: string;
  group: string;
  shape: ItemShape;
  start: number;
  end?: number;
  label: string;
  /** Plain text for the tooltip: title, date in words, and why the date is uncertain. */
  tooltip: string[];
  certainty: Certainty;
  isRound: boolean;
  className: string;
  /** The window a click on this item opens instead of selecting it: set on the boxes that count events. */
  zoomTo?: { start: number; end: number };
}

export interface TimelineGroupSpec {
  id: string;
  /** The track's name as the dataset gives it. */
  label: string;
  /** What a row is called beside or inside it: the name up to a colon ("Humanitarian: prisoners, …"). */
  shortLabel: string;
  /** Which of TRACK_COLOURS it takes, by its place in the dataset. */
  colour: number;
}

/**
 * The track colours, as Tailwind classes that set `--tl-track`, light and dark: the timeline's rows (timeline.css)
 * and the key's swatches draw with it. Each keeps at least 4.5:1 against the page, so a row's name can be written in
 * it. Classes, not a stylesheet: the key is rendered on the server too, where a component's own CSS file is not
 * loaded. A sixth track takes the first colour again.
 */
export const TRACK_COLOURS = [
  '[--tl-track:var(--color-blue-700)] dark:[--tl-track:var(--color-blue-400)]',
  '[--tl-track:var(--color-emerald-700)] dark:[--tl-track:var(--color-emerald-400)]',
  '[--tl-track:var(--color-violet-700)] dark:[--tl-track:var(--color-violet-400)]',
  '[--tl-track:var(--color-red-700)] dark:[--tl-track:var(--color-red-400)]',
  '[--tl-track:var(--color-amber-700)] dark:[--tl-track:var(--color-amber-400)]',
] as const;

function certaintyOf({ date }: ChronologyEntry): Certainty {
  const point = date.from ?? date.to;
  if (date.kind === 'interval') {
    if (date.from?.approximate || date.to?.approximate) return 'approximate';
    return date.from ? 'interval' : 'before';
  }
  if (point?.approximate || point?.uncertain) return 'approximate';
  if (point?.precision === 'month') return 'month';
  if (point?.precision === 'year') return 'year';
  if (point?.precision === 'day') return 'day';
  return 'exact';
}

function shapeOf(entry: ChronologyEntry, certainty: Certainty): Pick<TimelineItemSpec, 'shape' | 'start' | 'end'> {
  const { date, event } = entry;
  const from = date.from;
  const to = date.to;
  if (date.kind === 'interval') {
    if (from && to) return { shape: 'range', start: from.start, end: to.end + 1 };
    return { shape: 'point', start: (to ?? from)!.start };
  }
  const point = from!;
  if (point.precision === 'minute' || point.precision === 'second') {
    const minutes = event.duration?.minutes;
    return minutes
      ? { shape: 'range', start: point.start, end: point.start + minutes * MINUTE }
      : { shape: 'point', start: point.start };
  }
  // Known to the day (about a day, too): drawn over the whole day rather than at an invented hour, so it stays in
  // view however far one zooms into that day.
  if (point.precision === 'day') return { shape: 'range', start: point.start, end: point.end + 1 };
  if (certainty === 'approximate') return { shape: 'point', start: (point.start + point.end + 1) / 2 };
  return { shape: 'range', start: point.start, end: point.end + 1 };
}

function tooltipOf(entry: ChronologyEntry, certainty: Certainty): string[] {
  const { event } = entry;
  const lines = [event.title, formatDate(entry.date)];
  if (event.duration) lines.push(`Length: “${event.duration.text}”`);
  if (certainty === 'month' || certainty === 'year') lines.push(`Known only to the ${certainty}.`);
  if (certainty === 'before') lines.push('Some time before this date; the sources do not say when.');
  if (certainty === 'day') lines.push('Time of day not given in the sources.');
  if (event.dateNote) lines.push(event.dateNote);
  return lines;
}

/** The items for a list of entries, built once per list: the page and the timeline both ask for them. */
const itemsOf = cachedPer((entries: readonly ChronologyEntry[]) =>
  entries.map((entry): TimelineItemSpec => {
    const { event } = entry;
    const certainty = certaintyOf(entry);
    const shape = shapeOf(entry, certainty);
    const isRound = event.round !== undefined;
    const classes = [`certainty-${certainty}`, `track-${event.track}`];
    if (isRound) classes.push('is-round');
    if (event.inferred) classes.push('is-inferred');
    return {
      id: event.id,
      group: event.track,
      ...shape,
      label: isRound ? `Round ${event.round}` : event.title,
      tooltip: tooltipOf(entry, certainty),
      certainty: certainty,
      isRound,
      className: classes.join(' '),
    };
  }),
);

/**
 * One item per entry. `dimmedId`: an event drawn faded because the filters hide it and a link selected it; only
 * its item is new, the others are the ones every caller shares (10,000 tooltips are not built again).
 */
export function toTimelineItems(
  entries: readonly ChronologyEntry[],
  dimmedId: string | null = null,
): readonly TimelineItemSpec[] {
  const items = itemsOf(entries);
  if (dimmedId === null) return items;
  return items.map((item) => (item.id === dimmedId ? { ...item, className: `${item.className} is-dimmed` } : item));
}

export function toTimelineGroups(tracks: readonly Track[]): TimelineGroupSpec[] {
  return tracks.map((t, i) => ({
    id: t.id,
    label: t.label,
    shortLabel: t.label.split(':')[0]!.trim(),
    colour: i % TRACK_COLOURS.length,
  }));
}

/** The window that shows all items with a margin, used by "Fit all" and as the outer zoom limit. */
export function extentOf(items: readonly TimelineItemSpec[]): { start: number; end: number } | null {
  if (items.length === 0) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const item of items) {
    start = Math.min(start, item.start);
    end = Math.max(end, item.end ?? item.start);
  }
  const margin = Math.max((end - start) * 0.03, 12 * HOUR);
  return { start: start - margin, end: end + margin };
}
