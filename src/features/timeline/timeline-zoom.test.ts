import { expect, test } from 'vitest';
import { chronology } from '../../data/chronology';
import { DAY, HOUR } from '../../lib/time';
import { realDataset } from '../../testing/real-dataset';
import { toTimelineItems, type TimelineItemSpec } from './timeline-items';
import { atZoom, isBundleId, isDayView, stretchAround, viewFor } from './timeline-zoom';

const items = toTimelineItems(chronology(realDataset()));
const NONE = new Set<string>();
/** A phone's timeline, and one across a 1,440 px screen. */
const narrow = viewFor('narrow', 358);
const wide = viewFor('wider', 1376);
const JULY_23 = Date.UTC(2025, 6, 23);
const onJuly23 = (i: TimelineItemSpec) => i.start >= JULY_23 && i.start < JULY_23 + DAY;
const byId = (list: readonly TimelineItemSpec[], id: string) => list.find((i) => i.id === id);

test('a day is a day view when it is about 200 px wide: a day and a half on a phone, six days on a wide screen', () => {
  expect(isDayView(1.5 * DAY, narrow)).toBe(true);
  expect(isDayView(2 * DAY, narrow)).toBe(false);
  expect(isDayView(6 * DAY, wide)).toBe(true);
  expect(isDayView(7 * DAY, wide)).toBe(false);
});

test('the time axis is the box without the column of row names, which narrow screens do without', () => {
  expect(viewFor('narrow', 358).viewPx).toBe(358);
  expect(viewFor('wider', 1376).viewPx).toBeLessThan(1376);
  expect(viewFor('wider', 1376).viewPx).toBeGreaterThan(1200);
  // Before the box is measured, a width the class is sure to have.
  expect(viewFor('wider', null).viewPx).toBeLessThan(viewFor('wider', 1376).viewPx);
});

test('zoomed to 18:00–22:00 on 23 July, the events known only to that day are drawn across the view, labels inside', () => {
  const drawn = atZoom(items, 4 * HOUR, NONE, wide);
  const swap = byId(drawn, 'prisoner-swap-2025-07-23')!;
  expect(swap).toMatchObject({ shape: 'range', start: JULY_23, end: JULY_23 + DAY, certainty: 'day' });
  expect(swap.className).toContain('label-inside');
  expect(swap.tooltip).toContain('Time of day not given in the sources.');
  // Every event is itself: nothing is counted in a day view.
  expect(drawn.filter((i) => isBundleId(i.id))).toEqual([]);
  expect(drawn).toHaveLength(items.length);
});

test("a round's day shows round 3 at 20:37 and each other event of 23 July as itself", () => {
  const drawn = atZoom(items, 26 * HOUR, NONE, wide);
  const day = drawn.filter(onJuly23);
  expect(day.length).toBe(items.filter(onJuly23).length);
  expect(day.length).toBeGreaterThanOrEqual(10);
  expect(byId(day, 'round-3')).toMatchObject({ start: Date.UTC(2025, 6, 23, 20, 37), label: 'Round 3' });
});

test('zoomed out to the rounds, one row’s events of one day share a mark that counts them and opens the day', () => {
  const drawn = atZoom(items, 100 * DAY, NONE, wide);
  const bundles = drawn.filter((i) => isBundleId(i.id));
  const humanitarian = bundles.find((b) => b.group === 'humanitarian' && onJuly23(b))!;
  const members = items.filter((i) => i.group === 'humanitarian' && onJuly23(i));
  expect(members.length).toBeGreaterThan(1);
  expect(humanitarian.label).toBe(`${members.length} events`);
  expect(humanitarian.zoomTo).toEqual({ start: JULY_23, end: JULY_23 + DAY });
  expect(humanitarian.tooltip[0]).toBe(`${members.length} events on 23 July 2025`);
  for (const m of members) expect(humanitarian.tooltip.some((line) => line.startsWith(`• ${m.label} (`))).toBe(true);
  // Rounds are never counted; nor is anything in another row.
  expect(byId(drawn, 'round-3')).toBeDefined();
  for (const b of bundles) {
    const named = items.filter((i) => b.tooltip.some((line) => line.startsWith(`• ${i.label} (`)));
    expect(named.map((i) => i.group)).toEqual(named.map(() => b.group));
  }
  // Every event is drawn or counted once.
  const counted = bundles.reduce((n, b) => n + Number.parseInt(b.label, 10), 0);
  expect(drawn.length - bundles.length + counted).toBe(items.length);
});

test('the selected event is drawn as itself, and its day’s mark counts the others', () => {
  const keep = new Set(['prisoner-swap-2025-07-23']);
  const drawn = atZoom(items, 100 * DAY, keep, wide);
  expect(byId(drawn, 'prisoner-swap-2025-07-23')).toBeDefined();
  const members = items.filter((i) => i.group === 'humanitarian' && onJuly23(i));
  const mark = drawn.find((b) => isBundleId(b.id) && b.group === 'humanitarian' && onJuly23(b))!;
  expect(mark.label).toBe(`${members.length - 1} events`);
});

test('a day too narrow to draw as a bar is a marker at noon with its label after it', () => {
  const drawn = atZoom(items, 150 * DAY, NONE, wide);
  const praise = byId(drawn, 'erdogan-superb-progress')!;
  expect(praise).toMatchObject({ shape: 'point', start: Date.UTC(2025, 5, 2, 12) });
  expect(praise.end).toBeUndefined();
  expect(praise.className).not.toContain('label-hidden');
});

test('on a phone the opening view counts by week, with bare numbers, and lone markers drop their labels', () => {
  const drawn = atZoom(items, 130 * DAY, NONE, narrow);
  const bundles = drawn.filter((i) => isBundleId(i.id));
  expect(bundles.length).toBeGreaterThan(0);
  for (const b of bundles) {
    expect(b.label).toMatch(/^\d+$/);
    expect(b.zoomTo!.end - b.zoomTo!.start).toBe(7 * DAY);
  }
  const markers = drawn.filter((i) => i.shape === 'point' && !isBundleId(i.id));
  for (const m of markers) expect(m.className.includes('label-hidden')).toBe(!m.isRound);
});

test('stretches are calendar days, weeks from Monday, months and years', () => {
  const t = Date.UTC(2025, 6, 23, 20, 37); // a Wednesday
  expect(stretchAround(t, 'day')).toEqual({ start: JULY_23, end: JULY_23 + DAY });
  expect(stretchAround(t, 'week')).toEqual({ start: Date.UTC(2025, 6, 21), end: Date.UTC(2025, 6, 28) });
  expect(stretchAround(t, 'month')).toEqual({ start: Date.UTC(2025, 6, 1), end: Date.UTC(2025, 7, 1) });
  expect(stretchAround(t, 'year')).toEqual({ start: Date.UTC(2025, 0, 1), end: Date.UTC(2026, 0, 1) });
  expect(stretchAround(Date.UTC(2025, 6, 21), 'week').start).toBe(Date.UTC(2025, 6, 21));
  expect(stretchAround(Date.UTC(2025, 6, 27, 23), 'week').start).toBe(Date.UTC(2025, 6, 21));
});
