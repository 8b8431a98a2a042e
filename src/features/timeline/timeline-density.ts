// What the timeline draws when the record is large: free of the DOM, so the rules are tested without vis-timeline.
//
// vis-timeline builds an object for every item it holds and a DOM node, measured, for every item in view. With
// thousands of events that is seconds per load and a slow zoom step, and hundreds of stacked boxes nobody can read
// (docs/large-records.md). So above a budget it is given only the events near the window, and when even those are too many, one box
// per row and stretch of time that shows how many events start there; clicking one zooms into its stretch. The list below
// the timeline still carries every event. A record within the budget (the real one has 48) is drawn as it is.
import { formatPoint } from '../../data/edtf';
import { cachedPer } from '../../lib/cached-per';
import type { TimelineItemSpec } from './timeline-items';
import { DAY, HOUR, type TimeWindow } from '../../lib/time';

/** At most this many items are handed to the timeline. */
export const DRAW_BUDGET = 250;

/** How many stretches fit across the window when counting, by the timeline's width: about 50 px each. */
export const STRETCHES_IN_VIEW = { narrow: 4, medium: 10, wide: 16 } as const;

/** Lengths of a stretch, short to long; the shortest that keeps to STRETCHES_IN_VIEW is used. */
const STRETCH_LENGTHS = [HOUR, 6 * HOUR, DAY, 7 * DAY, 30 * DAY, 91 * DAY, 365 * DAY, 5 * 365 * DAY];

/** The share of its stretch a count's box covers. */
const STRETCH_FILL = 0.9;

/**
 * Per row, at most this many events that began before the stretch of time considered and run into the window are
 * drawn as themselves; more are counted in one box near the window's left edge (`earlierBox`). Year-long uncertain
 * events stack one above the other, each a line tall: in a large record a row can hold dozens of them, and the
 * counts for what starts in view would sit below the fold.
 */
export const EARLIER_PER_ROW = 3;

const CLUSTER_PREFIX = 'cluster:';
const EARLIER_SUFFIX = ':earlier';

const number = new Intl.NumberFormat('en-GB');

/** Ids of counted stretches: never an event id, which is a slug without a colon. */
export const isClusterId = (id: string) => id.startsWith(CLUSTER_PREFIX);

/** Ids of the boxes that count events which began before the view (`earlierBox`). */
export const isEarlierBox = (id: string) => isClusterId(id) && id.endsWith(EARLIER_SUFFIX);

const endOf = (item: TimelineItemSpec) => item.end ?? item.start;

/** "3 March 2025 to 9 March 2025", or with times of day when the stretch is shorter than a day. */
function stretchText(start: number, end: number): string {
  const precision = end - start < DAY ? 'minute' : 'day';
  const at = (t: number) => formatPoint({ start: t, end: t, precision, approximate: false, uncertain: false });
  return `${at(start)} to ${at(end - 1)}`;
}

/** The items in order of start, sorted once per list of items (it changes with the filters, not with zooming). */
const byStart = cachedPer((items: readonly TimelineItemSpec[]) => [...items].sort((a, b) => a.start - b.start));

/** The first index below `length` whose value (ascending with the index) is at or after `time` (binary search). */
function firstAtOrAfter(length: number, valueAt: (i: number) => number, time: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (valueAt(mid) < time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first item starting at or after `time`. */
const firstFrom = (sorted: readonly TimelineItemSpec[], time: number) =>
  firstAtOrAfter(sorted.length, (i) => sorted[i]!.start, time);

/**
 * At each place in the sorted items, the latest end among the items up to there. It only grows, so the first place
 * where it reaches a time is found by a binary search, and no item before that place reaches the time.
 */
const reachOf = cachedPer((sorted: readonly TimelineItemSpec[]) => {
  const reach = new Float64Array(sorted.length);
  let latest = -Infinity;
  for (let i = 0; i < sorted.length; i++) reach[i] = latest = Math.max(latest, endOf(sorted[i]!));
  return reach;
});

/**
 * Adds to `drawn` what lies outside `sorted[from, to)` but is drawn all the same: events that start earlier and reach
 * into the window (long intervals; their start's box would be out of view), and the kept ones, wherever they are.
 * Rows with more than EARLIER_PER_ROW of the former are returned instead (row → those events, in order of start), to
 * be counted in one box (`earlierBox`).
 */
function drawAnyway(
  drawn: TimelineItemSpec[],
  sorted: readonly TimelineItemSpec[],
  from: number,
  to: number,
  window: TimeWindow,
  keep: ReadonlySet<string>,
): Map<string, TimelineItemSpec[]> {
  const earlier = new Map<string, TimelineItemSpec[]>();
  // Only the items from the first that reaches the window on can reach it, usually a small part of the record. Kept
  // ones are looked for everywhere.
  const reach = reachOf(sorted);
  const reaching = Math.min(
    from,
    firstAtOrAfter(reach.length, (i) => reach[i]!, window.start),
  );
  if (keep.size > 0) for (let i = 0; i < reaching; i++) if (keep.has(sorted[i]!.id)) drawn.push(sorted[i]!);
  for (let i = reaching; i < from; i++) {
    const item = sorted[i]!;
    if (keep.has(item.id)) drawn.push(item);
    else if (endOf(item) >= window.start) {
      const row = earlier.get(item.group);
      if (row) row.push(item);
      else earlier.set(item.group, [item]);
    }
  }
  for (const [group, members] of earlier) {
    if (members.length > EARLIER_PER_ROW) continue;
    drawn.push(...members);
    earlier.delete(group);
  }
  if (keep.size > 0) for (let i = to; i < sorted.length; i++) if (keep.has(sorted[i]!.id)) drawn.push(sorted[i]!);
  return earlier;
}

/**
 * Where a row's box for earlier events goes: the first stretch wholly in view (one cut by the window's edge would
 * hide its number), or, in a view narrower than that, the stretch at its left edge.
 */
function earlierAnchor(window: TimeWindow, length: number): number {
  const whole = Math.ceil(window.start / length) * length;
  return whole + length * STRETCH_FILL <= window.end ? whole : Math.floor(window.start / length) * length;
}

/**
 * One box for a row's events that began before the view and run into it, in the stretch `earlierAnchor` picks. It
 * stands for the time from the first of them to the end of that stretch, so a click zooms out to where they begin.
 * When the row's events are counted, those starting in that stretch are counted in this box too (`starting`): a
 * count of their own would take the same place, and the row a second line. `members` are in order of start.
 */
function earlierBox(
  group: string,
  members: readonly TimelineItemSpec[],
  window: TimeWindow,
  length: number,
  starting: readonly TimelineItemSpec[] = [],
) {
  const anchor = earlierAnchor(window, length);
  const first = members[0]!.start;
  const count = number.format(members.length + starting.length);
  const at = (t: number) => formatPoint({ start: t, end: t, precision: 'day', approximate: false, uncertain: false });
  const began =
    starting.length === 0
      ? `Began before this view, the first on ${at(first)}, and run into it.`
      : `${number.format(members.length)} began before this view, the first on ${at(first)}, and run into it; ` +
        `${number.format(starting.length)} start from ${stretchText(anchor, anchor + length)}.`;
  return {
    // One per row, and the same id wherever the window is: a zoom step or a pan moves the box (and may recount it)
    // rather than replacing it, which cost vis-timeline a new box measured on its own, a layout per row.
    id: `${CLUSTER_PREFIX}${group}${EARLIER_SUFFIX}`,
    group,
    shape: 'range',
    start: anchor,
    end: anchor + length * STRETCH_FILL,
    // The number, as on every count; the arrow that says "from the left" is drawn by CSS (timeline.css).
    label: count,
    tooltip: [`${count} events`, began, 'Click to zoom out to where they begin.'],
    certainty: 'exact',
    isRound: false,
    className: 'is-cluster is-earlier',
    zoomTo: { start: first, end: anchor + length },
  } satisfies TimelineItemSpec;
}

/** The length of a counted stretch: the shortest that puts at most `stretches` of them across the window. */
const stretchLength = (span: number, stretches: number) =>
  STRETCH_LENGTHS.find((l) => span / l <= stretches) ?? STRETCH_LENGTHS.at(-1)!;

/**
 * The `budget` events starting nearest the window's centre (so every one starting within a window's width of it),
 * plus any that start earlier and reach into the window, and the kept ones. Chosen by distance to the centre, not
 * by the window's width, so a zoom step about the centre keeps the same set and the timeline has nothing to add or
 * remove.
 */
function nearest(
  sorted: readonly TimelineItemSpec[],
  window: TimeWindow,
  keep: ReadonlySet<string>,
  budget: number,
  length: number,
): TimelineItemSpec[] {
  const centre = (window.start + window.end) / 2;
  let below = firstFrom(sorted, centre) - 1;
  let above = below + 1;
  const drawn: TimelineItemSpec[] = [];
  while (drawn.length < budget && (below >= 0 || above < sorted.length)) {
    const down = below >= 0 ? centre - sorted[below]!.start : Infinity;
    const up = above < sorted.length ? sorted[above]!.start - centre : Infinity;
    drawn.push(down <= up ? sorted[below--]! : sorted[above++]!);
  }
  // What the nearest `budget` may have missed.
  const earlier = drawAnyway(drawn, sorted, below + 1, above, window, keep);
  for (const [group, members] of earlier) drawn.push(earlierBox(group, members, window, length));
  return drawn;
}

/**
 * The items to hand to the timeline for this window. `keep`: ids always drawn as themselves (the selected event,
 * the one a link points to), so a selection never disappears into a count.
 */
export function itemsToDraw(
  items: readonly TimelineItemSpec[],
  window: TimeWindow,
  keep: ReadonlySet<string>,
  { budget = DRAW_BUDGET, stretches = STRETCHES_IN_VIEW.wide }: { budget?: number; stretches?: number } = {},
): readonly TimelineItemSpec[] {
  if (items.length <= budget) return items;
  // A window's width on each side: panning that far needs no new items, and stays smooth while dragging.
  const span = window.end - window.start;
  const from = window.start - span;
  const to = window.end + span;
  const sorted = byStart(items);
  const first = firstFrom(sorted, from);
  const last = firstFrom(sorted, to + 1);
  const length = stretchLength(span, stretches);
  // Few enough in and around the window: draw them, and more around them up to the budget.
  if (last - first <= budget) return nearest(sorted, window, keep, budget, length);

  const drawn: TimelineItemSpec[] = [];
  // Per row, per stretch (aligned to the epoch, so panning keeps the same boxes): the events that start there.
  // Keyed by number, not by a built string: this runs on every zoom step and filter change.
  const rows = new Map<string, Map<number, TimelineItemSpec[]>>();
  // Drawn as themselves, not counted.
  const earlier = drawAnyway(drawn, sorted, first, last, window, keep);
  for (const item of sorted.slice(first, last)) {
    if (keep.has(item.id)) {
      drawn.push(item);
      continue;
    }
    let row = rows.get(item.group);
    if (!row) rows.set(item.group, (row = new Map()));
    const index = Math.floor(item.start / length);
    const members = row.get(index);
    if (members) members.push(item);
    else row.set(index, [item]);
  }
  // A row's box for earlier events also counts what starts in its stretch, and takes that stretch's place.
  const anchorIndex = Math.round(earlierAnchor(window, length) / length);
  for (const [group, members] of earlier) {
    const row = rows.get(group);
    drawn.push(earlierBox(group, members, window, length, row?.get(anchorIndex)));
    row?.delete(anchorIndex);
  }
  for (const [group, row] of rows) {
    for (const [index, members] of row) {
      // A stretch with one event costs the timeline one box either way: draw the event.
      if (members.length === 1) {
        drawn.push(members[0]!);
        continue;
      }
      const start = index * length;
      const end = start + length;
      const count = number.format(members.length);
      drawn.push({
        id: `${CLUSTER_PREFIX}${group}:${start}:${length}`,
        group,
        shape: 'range',
        start,
        // A gap before the next stretch, so neighbours do not count as overlapping and stack into a second line.
        end: start + length * STRETCH_FILL,
        // Just the number: a stretch can be narrower than "1,234 events"; the tooltip and the note under the
        // timeline say what it counts.
        label: count,
        tooltip: [`${count} events`, stretchText(start, end), 'Click to zoom in and see them.'],
        certainty: 'exact',
        isRound: false,
        className: 'is-cluster',
        zoomTo: { start, end },
      });
    }
  }
  return drawn;
}
