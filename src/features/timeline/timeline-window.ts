// Window arithmetic, free of the DOM: what the buttons show, how far one can zoom, where a selection scrolls to.
import { DAY, HOUR, MINUTE, type TimeWindow } from '../../lib/time';
import { extentOf, type TimelineItemSpec } from './timeline-items';

export interface ZoomLimits {
  min: number;
  max: number;
  zoomMin: number;
  zoomMax: number;
}

/** No zooming in past minutes, no zooming out past the whole record (plus a margin), nothing beyond its ends. */
export function limitsFor(items: readonly TimelineItemSpec[]): ZoomLimits {
  const extent = extentOf(items) ?? { start: Date.UTC(2025, 0, 1), end: Date.UTC(2026, 0, 1) };
  const span = extent.end - extent.start;
  return { min: extent.start - span * 0.1, max: extent.end + span * 0.1, zoomMin: 10 * MINUTE, zoomMax: span * 1.2 };
}

/**
 * The opening view: the three rounds, a week before the first and three after the last (labels run rightwards); a
 * record without rounds opens on all its events, an empty one on 2025.
 */
export function openingWindow(items: readonly TimelineItemSpec[]): TimeWindow {
  const rounds = items.filter((i) => i.isRound);
  if (rounds.length === 0) return extentOf(items) ?? { start: Date.UTC(2025, 0, 1), end: Date.UTC(2026, 0, 1) };
  return {
    start: Math.min(...rounds.map((r) => r.start)) - 7 * DAY,
    end: Math.max(...rounds.map((r) => r.end ?? r.start)) + 21 * DAY,
  };
}

/** A window centred on one item, wide enough to see it and a little around it. */
export function windowAround(item: TimelineItemSpec): TimeWindow {
  const end = item.end ?? item.start;
  const span = Math.max((end - item.start) * 2, 4 * HOUR);
  const centre = (item.start + end) / 2;
  return { start: centre - span / 2, end: centre + span / 2 };
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
