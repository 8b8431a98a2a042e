// Window arithmetic, free of the DOM: what the buttons show, how far one can zoom, where a selection scrolls to.
import { DAY, HOUR, MINUTE, type TimeWindow } from '../../lib/time';
import { DRAW_BUDGET } from './timeline-density';
import { extentOf, type TimelineItemSpec } from './timeline-items';
import { atZoom, labelWidthPx, type View } from './timeline-zoom';

export interface ZoomLimits {
  min: number;
  max: number;
  zoomMin: number;
  zoomMax: number;
}

const NOTHING = new Set<string>();

/**
 * No zooming in past minutes, no zooming out past the whole record (plus a margin), nothing beyond its ends. The
 * margin after the end is wider: the last labels run on to the right, and on a narrow screen a label is a third of
 * the view (`fitLabels`).
 */
export function limitsFor(items: readonly TimelineItemSpec[]): ZoomLimits {
  const extent = extentOf(items) ?? { start: Date.UTC(2025, 0, 1), end: Date.UTC(2026, 0, 1) };
  const span = extent.end - extent.start;
  return { min: extent.start - span * 0.1, max: extent.end + span * 0.6, zoomMin: 10 * MINUTE, zoomMax: span * 1.7 };
}

/**
 * The window widened until the labels of the items starting in `mustFit` end inside it, and no marker sits just
 * outside its left edge with its label cut by the edge. A label is about as wide in pixels at any zoom, so widening
 * the window shortens it in time: solved for the window's end, not stepped.
 */
export function fitLabels(
  window: TimeWindow,
  items: readonly TimelineItemSpec[],
  view: View,
  mustFit: TimeWindow = window,
): TimeWindow {
  // A record above the draw budget is drawn as counts, whose numbers need no room: and widening the view for the
  // label of one event of thousands would only bring in the next.
  if (items.length > DRAW_BUDGET) return window;
  const { viewPx } = view;
  let { start, end } = window;
  // Two passes: moving the start changes the scale the labels are measured in.
  for (let pass = 0; pass < 3; pass++) {
    const span = end - start;
    let nextStart = start;
    let nextEnd = end;
    for (const item of atZoom(items, span, NOTHING, view)) {
      // A little more than the label: it should not touch the edge.
      const share = Math.min((labelWidthPx(item, view) + 8) / viewPx, 0.9);
      if (item.start >= mustFit.start && item.start < mustFit.end) {
        // item.start + share * (end - start) <= end
        nextEnd = Math.max(nextEnd, (item.start - share * start) / (1 - share));
      } else if (item.shape === 'point' && item.start < start && item.start + share * span > start) {
        // A point's label is cut where the view begins (a bar's label is kept in view by vis-timeline): show the point.
        nextStart = Math.min(nextStart, item.start - span * 0.02);
      }
    }
    if (nextStart === start && nextEnd === end) break;
    start = nextStart;
    end = nextEnd;
  }
  return { start, end };
}

/**
 * What the opening view shows: the three rounds, from a week before the first to a week after the last; a record
 * without rounds, all its events; an empty one, 2025. `openingWindow` leaves room for labels.
 */
export function openingSpan(items: readonly TimelineItemSpec[]): TimeWindow {
  const rounds = items.filter((i) => i.isRound);
  if (rounds.length === 0) return extentOf(items) ?? { start: Date.UTC(2025, 0, 1), end: Date.UTC(2026, 0, 1) };
  return {
    start: Math.min(...rounds.map((r) => r.start)) - 7 * DAY,
    end: Math.max(...rounds.map((r) => r.end ?? r.start)) + 7 * DAY,
  };
}

/** The opening view (`openingSpan`), widened so that the labels of its last events end inside it. */
export function openingWindow(items: readonly TimelineItemSpec[], view: View): TimeWindow {
  return fitLabels(openingSpan(items), items, view);
}

/**
 * When the talks happen: from the first day of the year of the first round on. A record's background (an annexation
 * years before) would otherwise squeeze the talks into a corner of "everything". Null without rounds.
 */
export function talksStart(items: readonly TimelineItemSpec[]): number | null {
  let first = Infinity;
  for (const item of items) if (item.isRound) first = Math.min(first, item.start);
  return first === Infinity ? null : Date.UTC(new Date(first).getUTCFullYear(), 0, 1);
}

/**
 * Every item starting in the talks period (from `from`, see talksStart), with room for labels; all items when there
 * are no rounds.
 */
export function talksPeriod(items: readonly TimelineItemSpec[], from: number | null, view: View): TimeWindow {
  const inPeriod = from === null ? items : items.filter((i) => i.start >= from);
  return fitAll(inPeriod.length > 0 ? inPeriod : items, view, items);
}

/** Every item, with room for labels (the outer zoom limit still leaves a margin beyond). */
export function fitAll(
  items: readonly TimelineItemSpec[],
  view: View,
  all: readonly TimelineItemSpec[] = items,
): TimeWindow {
  const extent = extentOf(items) ?? { start: Date.UTC(2025, 0, 1), end: Date.UTC(2026, 0, 1) };
  return fitLabels(extent, all, view, extent);
}

/**
 * A day and everything in it: from midnight to midnight with an hour's margin, widened for the labels of what
 * starts that day (a meeting at 20:37 has its label after it).
 */
export function dayWindow(time: number, items: readonly TimelineItemSpec[], view: View): TimeWindow {
  const day = Math.floor(time / DAY) * DAY;
  return fitLabels({ start: day - HOUR, end: day + DAY + HOUR }, items, view, { start: day, end: day + DAY });
}

/** A stretch of time a count stands for (a day, week, month or year), with its margin and room for labels. */
export function stretchWindow(stretch: TimeWindow, items: readonly TimelineItemSpec[], view: View): TimeWindow {
  const length = stretch.end - stretch.start;
  if (length <= DAY) return dayWindow(stretch.start, items, view);
  const margin = length * 0.05;
  return fitLabels({ start: stretch.start - margin, end: stretch.end + margin }, items, view, stretch);
}

/** Zoom about the centre by `factor` (below 1 zooms in), kept within the limits. */
export function zoom(window: TimeWindow, factor: number, limits: ZoomLimits): TimeWindow {
  const centre = (window.start + window.end) / 2;
  const span = Math.min(Math.max((window.end - window.start) * factor, limits.zoomMin), limits.zoomMax);
  return clamp({ start: centre - span / 2, end: centre + span / 2 }, limits);
}

function clamp(window: TimeWindow, limits: ZoomLimits): TimeWindow {
  const span = window.end - window.start;
  if (window.start < limits.min) return { start: limits.min, end: limits.min + span };
  if (window.end > limits.max) return { start: limits.max - span, end: limits.max };
  return window;
}

/** The window after selecting an item: unchanged when the item is in view, else panned (same zoom) to centre it. */
export function windowShowing(window: TimeWindow, item: TimelineItemSpec): TimeWindow {
  const end = item.end ?? item.start;
  if (item.start < window.end && end > window.start) return window;
  const span = window.end - window.start;
  const centre = (item.start + end) / 2;
  return { start: centre - span / 2, end: centre + span / 2 };
}
