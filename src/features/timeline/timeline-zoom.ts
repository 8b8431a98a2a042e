// What an item looks like at a given zoom, free of the DOM so the rules are tested without vis-timeline.
//
// vis-timeline gives every item that overlaps another in its row a line of its own, and a label counts as part of
// its item. Ten events on one day are ten lines, and five rows of them do not fit a screen. So when a day is too
// narrow to read its events one by one, the events of one row that fall in one day (or week, month or year, when a
// day is narrower still) are drawn as one mark that counts them ("6 events"); a click on it opens that stretch, where
// each is drawn with its title. A bar wide enough holds its label, a narrower one lets it run past its end, and a
// sliver becomes a marker; when days are only a few pixels wide, a lone marker drops its label (its tooltip and the
// list still have it), or the labels would stack into more lines than the rows have room for.
import { formatPoint } from '../../data/edtf';
import { DAY } from '../../lib/time';
import { isClusterId } from './timeline-density';
import type { TimelineItemSpec } from './timeline-items';

/** The screen classes the timeline lays out by (Tailwind's breakpoints sm, lg and xl). */
export type Screen = 'narrow' | 'medium' | 'wide' | 'wider';

/** What the drawing rules need to know of the screen: how wide the time axis is, and how wide a label may grow. */
export interface View {
  viewPx: number;
  labelPx: number;
}

/** How wide a label may grow on each screen class: `--tl-label-max` in timeline.css (rem of 16 px). */
const LABEL_PX: Readonly<Record<Screen, number>> = { narrow: 112, medium: 160, wide: 192, wider: 224 };

/** The width of the time axis before it is measured: the least a full-width timeline has in that class. */
const GUESSED_VIEW_PX: Readonly<Record<Screen, number>> = { narrow: 290, medium: 440, wide: 800, wider: 1060 };

/** The row names' column beside the time axis, where it is shown (not on narrow screens): at most 8.5rem. */
const NAME_COLUMN_PX = 150;

/** The view for a screen class and the timeline box's measured width (null before it is measured). */
export function viewFor(screen: Screen, boxPx: number | null): View {
  const viewPx = boxPx === null ? GUESSED_VIEW_PX[screen] : boxPx - (screen === 'narrow' ? 0 : NAME_COLUMN_PX);
  return { viewPx: Math.max(viewPx, 100), labelPx: LABEL_PX[screen] };
}

/** A day at least this many pixels wide has room for its events one by one, each with a readable title. */
const DAY_VIEW_PX = 200;

/** A bar at least this many pixels wide holds its label; a narrower one lets it run past its end. */
const LABEL_INSIDE_PX = 120;

/** A bar narrower than this is drawn as a marker with its label after it: a label would cover a short bar. */
const BAR_FROM_PX = 36;

/** Events of one row are counted together in the shortest stretch (day, week, month, year) at least this wide. */
const STRETCH_FROM_PX = 8;

/** Below this many pixels a day, a lone marker has no label (rounds and counts keep theirs). */
const LABELS_FROM_DAY_PX = 4;

/** A count's tooltip names this many of its events, then says how many more. */
const NAMED_IN_TOOLTIP = 8;

const BUNDLE_PREFIX = 'bundle:';

/** Ids of the marks that count a row's events of one stretch: never an event id, which is a slug without a colon. */
export const isBundleId = (id: string) => id.startsWith(BUNDLE_PREFIX);

/** Pixels per millisecond when the view spans `span` milliseconds. */
const pxPerMs = (span: number, view: View) => view.viewPx / span;

/** True when a day is wide enough, in a view `span` milliseconds wide, to draw its events one by one. */
export const isDayView = (span: number, view: View) => DAY * pxPerMs(span, view) >= DAY_VIEW_PX;

/**
 * About how wide an item's label is drawn, in pixels: its text, no wider than a label may grow, and the room around
 * it (a marker's mark before it, timeline.css).
 */
export function labelWidthPx(item: TimelineItemSpec, view: View): number {
  const room = 20;
  if (item.className.includes('label-hidden')) return room;
  return room + Math.min(view.labelPx, 4 + 7 * item.label.length);
}

type StretchUnit = 'day' | 'week' | 'month' | 'year';

/** The shortest each stretch can be. */
const UNIT_LENGTH: Record<StretchUnit, number> = { day: DAY, week: 7 * DAY, month: 28 * DAY, year: 365 * DAY };

/** The stretch (calendar day, week from Monday, month or year, in UTC wall-clock time) that holds `time`. */
export function stretchAround(time: number, unit: StretchUnit): { start: number; end: number } {
  const d = new Date(time);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const day = Math.floor(time / DAY) * DAY;
  switch (unit) {
    case 'day':
      return { start: day, end: day + DAY };
    case 'week': {
      // 1 January 1970 was a Thursday: days since a Monday.
      const monday = day - ((Math.floor(time / DAY) + 3) % 7) * DAY;
      return { start: monday, end: monday + 7 * DAY };
    }
    case 'month':
      return { start: Date.UTC(y, m, 1), end: Date.UTC(y, m + 1, 1) };
    case 'year':
      return { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) };
  }
}

/** The shortest stretch at least STRETCH_FROM_PX wide at this zoom. */
function unitFor(perMs: number): StretchUnit {
  const units: StretchUnit[] = ['day', 'week', 'month'];
  return units.find((u) => UNIT_LENGTH[u] * perMs >= STRETCH_FROM_PX) ?? 'year';
}

const at = (t: number) => formatPoint({ start: t, end: t, precision: 'day', approximate: false, uncertain: false });

/** "on 23 July 2025", "in the week of 21 July 2025", "in June 2025", "in 2025". */
function stretchWords(unit: StretchUnit, start: number, sameDay: boolean): string {
  const d = new Date(start);
  switch (unit) {
    case 'day':
      return `${sameDay ? 'on' : 'around'} ${at(start)}`;
    case 'week':
      return `in the week of ${at(start)}`;
    case 'month':
      return `in ${formatPoint({ start, end: start, precision: 'month', approximate: false, uncertain: false })}`;
    case 'year':
      return `in ${d.getUTCFullYear()}`;
  }
}

/**
 * The stretch a count of `item` would stand in, or null when the item is always drawn itself: rounds, counts of a
 * large record, and anything longer than the stretch.
 */
function stretchOf(item: TimelineItemSpec, unit: StretchUnit) {
  if (item.isRound || item.zoomTo) return null;
  const stretch = stretchAround(item.start, unit);
  const end = item.end ?? item.start;
  return end <= stretch.end ? stretch : null;
}

function bundle(
  group: string,
  unit: StretchUnit,
  stretch: { start: number; end: number },
  members: readonly TimelineItemSpec[],
  terse: boolean,
): TimelineItemSpec {
  const sameDay = members.every((m) => m.certainty === 'exact' || m.certainty === 'day');
  const named = members.slice(0, NAMED_IN_TOOLTIP).map((m) => `• ${m.label} (${m.tooltip[1] ?? ''})`);
  const more = members.length - named.length;
  return {
    id: `${BUNDLE_PREFIX}${group}:${unit}:${stretch.start}`,
    group,
    shape: 'range',
    start: stretch.start,
    end: stretch.end,
    // Where days are a few pixels wide, just the number, like the counts of a large record.
    label: terse ? String(members.length) : `${members.length} events`,
    tooltip: [
      `${members.length} events ${stretchWords(unit, stretch.start, sameDay)}`,
      ...named,
      ...(more > 0 ? [`and ${more} more`] : []),
      `Click to see ${unit === 'day' ? 'that day' : `that ${unit}`}.`,
    ],
    certainty: 'interval',
    isRound: false,
    className: 'is-bundle',
    zoomTo: stretch,
  };
}

/**
 * The item as this zoom draws it: a bar wide enough holds its label; a narrower one lets it run on past its end; a
 * short one becomes a marker (a day is a marker at noon, say) with its label after it, or none when days are only a
 * few pixels wide. The marker's look still says what the date is (timeline.css), the tooltip the rest.
 */
function shapeAt(item: TimelineItemSpec, perMs: number): TimelineItemSpec {
  // A large record's count is a box about 50 px wide that holds its number (timeline-density.ts).
  if (isClusterId(item.id)) return { ...item, className: `${item.className} label-inside` };
  if (item.end === undefined || (item.end - item.start) * perMs < BAR_FROM_PX) {
    const lone = !item.isRound && !item.zoomTo && DAY * perMs < LABELS_FROM_DAY_PX;
    // A meeting with a stated time is marked when it began; a day, a month or a span, at its middle.
    const at = item.certainty === 'exact' ? item.start : (item.start + (item.end ?? item.start)) / 2;
    const marker: TimelineItemSpec = item.end === undefined ? item : { ...withoutEnd(item), shape: 'point', start: at };
    return lone ? { ...marker, className: `${marker.className} label-hidden` } : marker;
  }
  if ((item.end - item.start) * perMs >= LABEL_INSIDE_PX)
    return { ...item, className: `${item.className} label-inside` };
  return item;
}

function withoutEnd(item: TimelineItemSpec): TimelineItemSpec {
  const copy = { ...item };
  delete copy.end;
  return copy;
}

/**
 * The items as they are drawn in a view `span` milliseconds wide (the zoom; where the view is does not matter, so
 * a pan changes nothing here). In a day view every event is itself; wider, the events of one row and stretch share
 * one mark (`bundle`), except those in `keep` (the selected event, the one a link points to), which are always
 * drawn as themselves. Each item takes the shape this zoom leaves room for (`shapeAt`).
 */
export function atZoom(
  items: readonly TimelineItemSpec[],
  span: number,
  keep: ReadonlySet<string>,
  view: View,
): TimelineItemSpec[] {
  const perMs = pxPerMs(span, view);
  const drawn: TimelineItemSpec[] = [];
  if (isDayView(span, view)) {
    for (const item of items) drawn.push(shapeAt(item, perMs));
    return drawn;
  }
  const unit = unitFor(perMs);
  const terse = DAY * perMs < LABELS_FROM_DAY_PX;
  const rows = new Map<string, { stretch: { start: number; end: number }; members: TimelineItemSpec[] }>();
  for (const item of items) {
    const stretch = keep.has(item.id) ? null : stretchOf(item, unit);
    if (stretch === null) {
      drawn.push(shapeAt(item, perMs));
      continue;
    }
    const key = `${item.group}:${stretch.start}`;
    const entry = rows.get(key);
    if (entry) entry.members.push(item);
    else rows.set(key, { stretch, members: [item] });
  }
  for (const { stretch, members } of rows.values()) {
    const first = members[0]!;
    drawn.push(shapeAt(members.length === 1 ? first : bundle(first.group, unit, stretch, members, terse), perMs));
  }
  return drawn;
}
