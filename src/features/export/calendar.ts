// The events on screen as an iCalendar file. Only dates a calendar can hold honestly go in: a known day becomes an
// all-day entry, a known time of day a timed one. Months, years, spans, open and approximate dates are left out and
// counted, so the reader is told what the file does not hold instead of finding the events on a made-up day.
import { dateIn, formatDateIn, type DateTable } from '../../data/edtf';
import { cachedPer } from '../../lib/cached-per';
import { DAY } from '../../lib/time';
import { sourceIndex } from '../../data/source-index';
import type { Dataset, TimelineEvent } from '../../data/schema';
import { citeEvent } from './cite';
import { calendarDocument, escapeText, icsDate, icsFloatingDateTime, icsUtcDateTime, property } from './ics';
import { eventPermalink } from '../../lib/permalinks';

export type LeftOutReason = 'month-or-year' | 'approximate' | 'span' | 'open';

const REASONS: readonly LeftOutReason[] = ['month-or-year', 'span', 'open', 'approximate'];

export const LEFT_OUT_WORDS: Record<LeftOutReason, string> = {
  'month-or-year': 'known only to the month or year',
  approximate: 'approximate or uncertain',
  span: 'given as a span of days',
  open: "with only a 'before' or 'after' date",
};

export type Placement =
  | { kind: 'all-day'; start: number; endExclusive: number }
  | { kind: 'timed'; start: number; end: number | null }
  | { kind: 'left-out'; reason: LeftOutReason };

/** Where an event goes on a calendar, or why it cannot go on one. */
export function placeOnCalendar(event: TimelineEvent, dates: DateTable): Placement {
  const date = dateIn(dates, event.date);
  if (!date || date.kind === 'interval') {
    return { kind: 'left-out', reason: date?.from && date.to ? 'span' : 'open' };
  }
  const point = date.from;
  if (!point) return { kind: 'left-out', reason: 'open' };
  if (point.precision === 'year' || point.precision === 'month') return { kind: 'left-out', reason: 'month-or-year' };
  if (point.approximate || point.uncertain) return { kind: 'left-out', reason: 'approximate' };
  const end = event.end ? dateIn(dates, event.end)?.to : undefined;
  if (point.precision === 'day') {
    const last = end?.precision === 'day' && end.start >= point.start ? end : point;
    return { kind: 'all-day', start: point.start, endExclusive: last.start + DAY };
  }
  if (end && (end.precision === 'minute' || end.precision === 'second') && end.start >= point.start) {
    return { kind: 'timed', start: point.start, end: end.start };
  }
  const minutes = event.duration?.minutes;
  return { kind: 'timed', start: point.start, end: minutes ? point.start + minutes * 60_000 : null };
}

function description(event: TimelineEvent, dataset: Dataset, permalink: string, timed: boolean): string {
  const lines = [event.summary, '', `Date: ${formatDateIn(dataset.dates, event.date)}`];
  if (event.inferred && event.dateNote) lines.push(`Date inferred: ${event.dateNote}`);
  if (timed) lines.push('Times are the local time at the place, as the sources give them.');
  if (event.duration) lines.push(`Length, as the sources put it: “${event.duration.text}”`);
  lines.push('', 'Sources:', ...citeEvent(event, sourceIndex(dataset)).map((c) => `- ${c}`), '', permalink);
  return lines.join('\n');
}

function vevent(event: TimelineEvent, dataset: Dataset, placement: OnCalendar, siteUrl: string, now: Date): string[] {
  const permalink = eventPermalink(siteUrl, event.id);
  const track = dataset.tracks.find((t) => t.id === event.track)?.label;
  const title = event.round ? `Round ${event.round}: ${event.title}` : event.title;
  const when =
    placement.kind === 'all-day'
      ? [
          property('DTSTART;VALUE=DATE', icsDate(placement.start)),
          property('DTEND;VALUE=DATE', icsDate(placement.endExclusive)),
        ]
      : [
          property('DTSTART', icsFloatingDateTime(placement.start)),
          ...(placement.end === null ? [] : [property('DTEND', icsFloatingDateTime(placement.end))]),
        ];
  return [
    'BEGIN:VEVENT',
    // The event id never changes, so importing a later export updates the entry instead of doubling it.
    property('UID', `${event.id}@istanbul-talks-2025`),
    property('DTSTAMP', icsUtcDateTime(now)),
    ...when,
    property('SUMMARY', escapeText(title)),
    ...(event.place ? [property('LOCATION', escapeText(event.place))] : []),
    property('DESCRIPTION', escapeText(description(event, dataset, permalink, placement.kind === 'timed'))),
    ...(track ? [property('CATEGORIES', escapeText(track))] : []),
    property('URL', permalink),
    // Past events for reference: they should not mark the reader as busy.
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

export interface CalendarExport {
  ics: string;
  included: TimelineEvent[];
  leftOut: { event: TimelineEvent; reason: LeftOutReason }[];
}

type OnCalendar = Exclude<Placement, { kind: 'left-out' }>;

/** Which events can go in a calendar, and where; which are left out, and why; in the order given. */
function splitForCalendar(events: readonly TimelineEvent[], dates: DateTable) {
  const placed: { event: TimelineEvent; placement: OnCalendar }[] = [];
  const leftOut: CalendarExport['leftOut'] = [];
  for (const event of events) {
    const placement = placeOnCalendar(event, dates);
    if (placement.kind === 'left-out') leftOut.push({ event, reason: placement.reason });
    else placed.push({ event, placement });
  }
  return { placed, included: placed.map((p) => p.event), leftOut };
}

export function eventsCalendar(
  dataset: Dataset,
  events: readonly TimelineEvent[],
  options: { siteUrl: string; now: Date },
): CalendarExport {
  const { placed, included, leftOut } = splitForCalendar(events, dataset.dates);
  const components = placed.map(({ event, placement }) =>
    vevent(event, dataset, placement, options.siteUrl, options.now),
  );
  const header = [
    'VERSION:2.0',
    'PRODID:-//istanbul-talks-2025//Sourced record exports//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    property('X-WR-CALNAME', escapeText('Istanbul talks 2025')),
  ];
  return { ics: calendarDocument(header, components), included, leftOut };
}

/** How many events go in the calendar, and how many are left out for each reason: what `calendarSummary` words. */
export interface CalendarCounts {
  included: number;
  leftOut: ReadonlyMap<LeftOutReason, number>;
}

// Where each event falls, kept per date table: the summary follows every filter change, over every event shown, and
// an event's dates never change within a loaded dataset.
const fallsPer = cachedPer((dates: DateTable) => {
  const falls = new WeakMap<TimelineEvent, LeftOutReason | null>();
  return (event: TimelineEvent) => {
    let reason = falls.get(event);
    if (reason === undefined) {
      const placement = placeOnCalendar(event, dates);
      reason = placement.kind === 'left-out' ? placement.reason : null;
      falls.set(event, reason);
    }
    return reason;
  };
});

/** `splitForCalendar` counted, not listed. */
export function calendarCounts(events: readonly TimelineEvent[], dates: DateTable): CalendarCounts {
  const falls = fallsPer(dates);
  let included = 0;
  const leftOut = new Map<LeftOutReason, number>();
  for (const event of events) {
    const reason = falls(event);
    if (reason !== null) leftOut.set(reason, (leftOut.get(reason) ?? 0) + 1);
    else included++;
  }
  return { included, leftOut };
}

/** "23 of 48 events go in the calendar, with an exact day or time. 25 left out: 10 known only to the month or year, …" */
export function calendarSummary({ included, leftOut }: CalendarCounts): string {
  const out = [...leftOut.values()].reduce((sum, n) => sum + n, 0);
  const total = included + out;
  const head = `${included} of ${total} ${total === 1 ? 'event goes' : 'events go'} in the calendar, with an exact day or time.`;
  if (out === 0) return head;
  const parts = REASONS.filter((r) => leftOut.has(r)).map((r) => `${leftOut.get(r)} ${LEFT_OUT_WORDS[r]}`);
  return `${head} ${out} left out: ${parts.join(', ')}.`;
}
