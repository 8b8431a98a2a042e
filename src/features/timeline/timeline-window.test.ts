import { expect, test } from 'vitest';
import { chronology } from '../../data/chronology';
import type { TimelineItemSpec } from './timeline-items';
import { toTimelineItems } from './timeline-items';
import { DAY, HOUR } from '../../lib/time';
import { realDataset } from '../../testing/real-dataset';
import {
  dayWindow,
  fitAll,
  fitLabels,
  limitsFor,
  openingWindow,
  stretchWindow,
  talksPeriod,
  talksStart,
  windowShowing,
  zoom,
} from './timeline-window';
import { atZoom, labelWidthPx, viewFor, type View } from './timeline-zoom';

const item = (start: number, end?: number, isRound = false, label = ''): TimelineItemSpec => ({
  id: String(start),
  group: 'g',
  shape: end ? 'range' : 'point',
  start,
  end,
  label,
  tooltip: [],
  certainty: 'exact',
  isRound,
  className: '',
});

const items = [
  item(Date.UTC(2014, 0, 1), Date.UTC(2015, 0, 1)),
  item(Date.UTC(2025, 4, 16), Date.UTC(2025, 4, 17), true, 'Round 1'),
  item(Date.UTC(2025, 6, 23, 20, 37), Date.UTC(2025, 6, 23, 21, 17), true, 'Round 3'),
];
const real = toTimelineItems(chronology(realDataset()));
/** A phone's timeline, and one across a 1,440 px screen. */
const narrow = viewFor('narrow', 358);
const wide = viewFor('wider', 1376);

/** Where a label drawn from `time` ends in `window`, as a share of the view on that screen. */
const labelEnd = (window: { start: number; end: number }, at: TimelineItemSpec, view: View) =>
  (at.start - window.start) / (window.end - window.start) + labelWidthPx(at, view) / view.viewPx;

/** Every label of what starts in the window, drawn as that zoom draws it, ends inside the window. */
function labelsFit(window: { start: number; end: number }, view: View) {
  const drawn = atZoom(real, window.end - window.start, new Set(), view);
  return drawn
    .filter((d) => d.start >= window.start && d.start <= window.end)
    .every((d) => labelEnd(window, d, view) <= 1);
}

test('zoom limits stop at ten minutes and at the whole record, with room after it for the last labels', () => {
  const limits = limitsFor(items);
  expect(limits.zoomMin).toBe(10 * 60_000);
  const span = Date.UTC(2025, 6, 24) - Date.UTC(2014, 0, 1);
  expect(limits.zoomMax).toBeGreaterThan(span);
  expect(limits.zoomMax).toBeLessThan(2 * span);
  expect(limits.min).toBeLessThan(Date.UTC(2014, 0, 1));
  expect(limits.max).toBeGreaterThan(Date.UTC(2025, 6, 24));
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

test('the opening window covers every round, and the last events’ labels end inside it', () => {
  for (const view of [narrow, wide]) {
    const w = openingWindow(real, view);
    expect(w.start).toBeLessThan(Date.UTC(2025, 4, 16));
    expect(w.start).toBeGreaterThan(Date.UTC(2025, 0, 1));
    expect(w.end).toBeGreaterThan(Date.UTC(2025, 6, 23, 21, 17));
    expect(labelsFit(w, view)).toBe(true);
  }
  // A label takes a larger share of a phone: the view reaches further right there.
  expect(openingWindow(real, narrow).end).toBeGreaterThan(openingWindow(real, wide).end);
});

test('a record without rounds opens on all its events, an empty one on 2025', () => {
  const w = openingWindow([items[0]!], wide);
  expect(w.start).toBeLessThanOrEqual(items[0]!.start);
  expect(w.end).toBeGreaterThanOrEqual(items[0]!.end!);
  expect(openingWindow([], wide).start).toBe(Date.UTC(2025, 0, 1));
});

test("a round button shows the round's whole day, and round 3's label after 20:37 ends inside the view", () => {
  for (const view of [narrow, wide]) {
    const w = dayWindow(items[2]!.start, real, view);
    expect(w.start).toBeLessThanOrEqual(Date.UTC(2025, 6, 23));
    expect(w.end).toBeGreaterThanOrEqual(Date.UTC(2025, 6, 24));
    expect(w.end - w.start).toBeLessThan(2 * DAY);
    expect(labelEnd(w, items[2]!, view)).toBeLessThanOrEqual(1);
    expect(labelsFit(w, view)).toBe(true);
  }
});

test('a label that would run past the right edge widens the view; a marker just left of it is brought in', () => {
  const window = { start: 0, end: 100 * DAY };
  const late = item(95 * DAY, undefined, false, 'A long title that needs room');
  const fitted = fitLabels(window, [late], wide);
  expect(fitted.start).toBe(0);
  expect(labelEnd(fitted, late, wide)).toBeLessThan(1);
  const early = item(-2 * DAY, undefined, false, 'Its label runs into the view');
  const moved = fitLabels(window, [early], wide);
  expect(moved.start).toBeLessThan(early.start);
  // Nothing to fit: the window stays.
  expect(fitLabels(window, [item(50 * DAY)], wide)).toEqual(window);
});

test('the talks period starts with the year of the first round, and "everything" reaches back to 2014', () => {
  expect(talksStart(items)).toBe(Date.UTC(2025, 0, 1));
  expect(talksStart([items[0]!])).toBeNull();
  const talks = talksPeriod(real, talksStart(real), wide);
  expect(talks.start).toBeGreaterThanOrEqual(Date.UTC(2024, 11, 1));
  expect(talks.start).toBeLessThanOrEqual(
    Math.min(...real.filter((i) => i.start >= Date.UTC(2025, 0, 1)).map((i) => i.start)),
  );
  expect(talks.end).toBeGreaterThan(Date.UTC(2025, 6, 27));
  const all = fitAll(real, wide);
  expect(all.start).toBeLessThanOrEqual(Date.UTC(2014, 0, 1));
  // Without rounds there is no talks period: everything.
  expect(talksPeriod([items[0]!], null, wide).start).toBeLessThanOrEqual(items[0]!.start);
});

test('a count of a week opens that week, with a margin; one of a day opens the day', () => {
  const week = { start: Date.UTC(2025, 6, 21), end: Date.UTC(2025, 6, 28) };
  const w = stretchWindow(week, [], wide);
  expect(w.start).toBeLessThan(week.start);
  expect(w.end).toBeGreaterThan(week.end);
  expect(w.end - w.start).toBeLessThan(8 * DAY);
  const day = { start: Date.UTC(2025, 6, 23), end: Date.UTC(2025, 6, 24) };
  expect(stretchWindow(day, [], wide)).toEqual({ start: day.start - HOUR, end: day.end + HOUR });
});

test('selecting an item out of view pans to it at the same zoom; one in view leaves the window alone', () => {
  const w = { start: Date.UTC(2025, 4, 1), end: Date.UTC(2025, 4, 31) };
  expect(windowShowing(w, items[1]!)).toBe(w);
  const moved = windowShowing(w, items[2]!);
  expect(moved.end - moved.start).toBe(w.end - w.start);
  expect(moved.start).toBeLessThan(items[2]!.start);
  expect(moved.end).toBeGreaterThan(items[2]!.end!);
});
