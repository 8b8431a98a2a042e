import { expect, test } from 'vitest';
import type { TimelineItemSpec } from './timeline-items';
import { DAY, HOUR } from '../../lib/time';
import { limitsFor, openingWindow, windowAround, windowShowing, zoom } from './timeline-window';

const item = (start: number, end?: number, isRound = false): TimelineItemSpec => ({
  id: String(start),
  group: 'g',
  shape: end ? 'range' : 'point',
  start,
  end,
  label: '',
  tooltip: [],
  certainty: 'exact',
  isRound,
  className: '',
});

const items = [
  item(Date.UTC(2014, 0, 1), Date.UTC(2015, 0, 1)),
  item(Date.UTC(2025, 4, 16), Date.UTC(2025, 4, 17), true),
  item(Date.UTC(2025, 6, 23, 20, 37), Date.UTC(2025, 6, 23, 21, 17), true),
];

test('zoom limits stop at ten minutes and at the whole record', () => {
  const limits = limitsFor(items);
  expect(limits.zoomMin).toBe(10 * 60_000);
  expect(limits.zoomMax).toBeLessThan(20 * 365 * DAY);
  expect(limits.zoomMax).toBeGreaterThan(11 * 365 * DAY);
});

test('zooming keeps the centre and respects the limits', () => {
  const limits = limitsFor(items);
  const w = { start: Date.UTC(2025, 5, 1), end: Date.UTC(2025, 5, 11) };
  expect(zoom(w, 0.5, limits)).toEqual({ start: Date.UTC(2025, 5, 3, 12), end: Date.UTC(2025, 5, 8, 12) });
  const tiny = zoom({ start: 0, end: 60_000 }, 0.5, { ...limits, min: -Infinity, max: Infinity });
  expect(tiny.end - tiny.start).toBe(limits.zoomMin);
  const huge = zoom(w, 1000, limits);
  expect(huge.end - huge.start).toBe(limits.zoomMax);
  expect(huge.start).toBeGreaterThanOrEqual(limits.min);
  expect(huge.end).toBeLessThanOrEqual(limits.max);
});

test('the opening window covers every round', () => {
  const w = openingWindow(items);
  expect(w.start).toBeLessThan(Date.UTC(2025, 4, 16));
  expect(w.end).toBeGreaterThan(Date.UTC(2025, 6, 23, 21, 17));
  expect(w.start).toBeGreaterThan(Date.UTC(2025, 0, 1));
});

test('a record without rounds opens on all its events, an empty one on 2025', () => {
  const w = openingWindow([items[0]!]);
  expect(w.start).toBeLessThanOrEqual(items[0]!.start);
  expect(w.end).toBeGreaterThanOrEqual(items[0]!.end!);
  expect(openingWindow([])).toEqual({ start: Date.UTC(2025, 0, 1), end: Date.UTC(2026, 0, 1) });
});

test('a round button shows its round with room around it', () => {
  const w = windowAround(items[2]!);
  expect(w.start).toBeLessThan(items[2]!.start);
  expect(w.end).toBeGreaterThan(items[2]!.end!);
  expect(w.end - w.start).toBe(4 * HOUR);
});

test('selecting an item out of view pans to it at the same zoom; one in view leaves the window alone', () => {
  const w = { start: Date.UTC(2025, 4, 1), end: Date.UTC(2025, 4, 31) };
  expect(windowShowing(w, items[1]!)).toBe(w);
  const moved = windowShowing(w, items[2]!);
  expect(moved.end - moved.start).toBe(w.end - w.start);
  expect(moved.start).toBeLessThan(items[2]!.start);
  expect(moved.end).toBeGreaterThan(items[2]!.end!);
});
