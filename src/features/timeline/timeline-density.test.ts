import fc from 'fast-check';
import { expect, test } from 'vitest';
import { EARLIER_PER_ROW, isClusterId, isEarlierBox, itemsToDraw } from './timeline-density';
import type { TimelineItemSpec } from './timeline-items';
import { DAY, HOUR } from '../../lib/time';

const T0 = Date.UTC(2025, 4, 1);

function item(id: string, start: number, group = 'diplomacy', end?: number): TimelineItemSpec {
  return {
    id,
    group,
    shape: end === undefined ? 'point' : 'range',
    start,
    ...(end === undefined ? {} : { end }),
    label: id,
    tooltip: [id],
    certainty: 'exact',
    isRound: false,
    className: '',
  };
}

/** `n` events a fixed step apart from T0, alternating between two rows. */
const series = (n: number, step: number) =>
  Array.from({ length: n }, (_, i) => item(`e-${i}`, T0 + i * step, i % 2 ? 'military' : 'diplomacy'));

const none = new Set<string>();

test('a record within the budget is drawn as it is, wherever the window is', () => {
  const items = series(48, DAY);
  expect(itemsToDraw(items, { start: T0 - 400 * DAY, end: T0 - 300 * DAY }, none, { budget: 48 })).toBe(items);
});

test('above the budget, the events nearest the window are drawn: all within a window’s width, up to the budget', () => {
  const items = series(1000, DAY);
  const window = { start: T0 + 500 * DAY, end: T0 + 510 * DAY };
  const drawn = itemsToDraw(items, window, none, { budget: 250 });
  expect(drawn).toHaveLength(250);
  const ids = new Set(drawn.map((i) => i.id));
  for (const i of items.filter((i) => i.start >= T0 + 490 * DAY && i.start <= T0 + 520 * DAY)) {
    expect(ids.has(i.id)).toBe(true);
  }
  // The farthest drawn is no farther from the centre than the nearest left out.
  const centre = T0 + 505 * DAY;
  const distance = (i: TimelineItemSpec) => Math.abs(i.start - centre);
  const farthestDrawn = Math.max(...drawn.map(distance));
  const nearestLeft = Math.min(...items.filter((i) => !ids.has(i.id)).map(distance));
  expect(farthestDrawn).toBeLessThanOrEqual(nearestLeft);
});

test('a zoom step about the centre keeps the same events, so the timeline has nothing to add or remove', () => {
  const items = series(1000, DAY);
  const wide = itemsToDraw(items, { start: T0 + 480 * DAY, end: T0 + 540 * DAY }, none, { budget: 250 });
  const narrow = itemsToDraw(items, { start: T0 + 495 * DAY, end: T0 + 525 * DAY }, none, { budget: 250 });
  expect(new Set(narrow.map((i) => i.id))).toEqual(new Set(wide.map((i) => i.id)));
});

test('the selected event is drawn even far from the window, whether the rest is drawn or counted', () => {
  const items = series(1000, DAY);
  const drawn = itemsToDraw(items, { start: T0 + 500 * DAY, end: T0 + 510 * DAY }, new Set(['e-3']), { budget: 250 });
  expect(drawn.filter((i) => i.id === 'e-3')).toHaveLength(1);
  const dense = series(10_000, HOUR);
  const counted = itemsToDraw(dense, { start: T0 + 300 * DAY, end: T0 + 360 * DAY }, new Set(['e-3']), { budget: 250 });
  expect(counted.some((i) => isClusterId(i.id))).toBe(true);
  expect(counted.filter((i) => i.id === 'e-3')).toHaveLength(1);
});

test('an event spanning into the window is drawn even when it starts far before it', () => {
  const items = [...series(1000, DAY), item('long', T0 - 100 * DAY, 'diplomacy', T0 + 505 * DAY)];
  const drawn = itemsToDraw(items, { start: T0 + 500 * DAY, end: T0 + 510 * DAY }, none, { budget: 250 });
  expect(drawn.some((i) => i.id === 'long')).toBe(true);
  // Where the rest is counted too: drawn itself, since the box for where it starts would be out of view.
  const dense = [...series(10_000, HOUR), item('long', T0 - 100 * DAY, 'diplomacy', T0 + 305 * DAY)];
  const counted = itemsToDraw(dense, { start: T0 + 300 * DAY, end: T0 + 360 * DAY }, none, { budget: 250 });
  expect(counted.some((i) => isClusterId(i.id))).toBe(true);
  expect(counted.filter((i) => i.id === 'long')).toHaveLength(1);
});

/** `n` events in `group`, starting `daysBefore`, `daysBefore + 1`, … days before T0 and running until `until`. */
const running = (n: number, group: string, daysBefore: number, until: number) =>
  Array.from({ length: n }, (_, i) => item(`${group}-long-${i}`, T0 - (daysBefore + i) * DAY, group, until));

test('many events running into the window from before: one box per row counts them, the rest are drawn', () => {
  const window = { start: T0 + 300 * DAY, end: T0 + 360 * DAY };
  const earlier = [
    ...running(12, 'diplomacy', 100, T0 + 400 * DAY),
    ...running(EARLIER_PER_ROW, 'military', 100, T0 + 400 * DAY),
    // Ended before the window: neither drawn nor counted.
    ...running(5, 'sanctions', 100, T0 + 200 * DAY),
  ];
  // Whether what starts near the window is counted (every hour) or drawn (every day), the rule is the same.
  for (const step of [HOUR, DAY]) {
    const near = series(10_000, step);
    const drawn = itemsToDraw([...near, ...earlier], window, none, { budget: 250 });
    const counting = step === HOUR;
    expect(drawn.some((i) => isClusterId(i.id) && !isEarlierBox(i.id))).toBe(counting);
    const boxes = drawn.filter((i) => isEarlierBox(i.id));
    expect(boxes.map((i) => i.group)).toEqual(['diplomacy']);
    expect(drawn.filter((i) => i.id.startsWith('diplomacy-long'))).toEqual([]);
    expect(drawn.filter((i) => i.id.startsWith('military-long'))).toHaveLength(EARLIER_PER_ROW);
    expect(drawn.filter((i) => i.group === 'sanctions')).toEqual([]);
    const [box] = boxes;
    // In the first stretch wholly in view, one stretch wide like the counts beside it; marked apart from them.
    expect(box!.start).toBeGreaterThanOrEqual(window.start);
    expect(box!.end).toBeLessThan(window.start + (window.end - window.start) / 4);
    expect(box!.className).toBe('is-cluster is-earlier');
    // A click zooms out to where the first of them begins, up to the box's stretch.
    const stretch = box!.zoomTo!;
    expect(stretch.start).toBe(T0 - 111 * DAY);
    expect(stretch.end).toBeGreaterThan(window.start);
    if (!counting) {
      expect(box!.label).toBe('12');
      expect(box!.tooltip).toEqual([
        '12 events',
        'Began before this view, the first on 10 January 2025, and run into it.',
        'Click to zoom out to where they begin.',
      ]);
      continue;
    }
    // Counting, the row's events that start in the box's stretch are counted in it too, and that stretch has no
    // count of its own: both would take the same place, and the row a second line.
    const inStretch = near.filter((i) => i.group === 'diplomacy' && i.start >= box!.start && i.start < stretch.end);
    expect(inStretch.length).toBeGreaterThan(0);
    expect(box!.label).toBe(String(12 + inStretch.length));
    expect(drawn.filter((i) => i.group === 'diplomacy' && i.start === box!.start)).toEqual([box]);
    expect(box!.tooltip[0]).toBe(`${12 + inStretch.length} events`);
    expect(box!.tooltip[1]).toMatch(
      new RegExp(
        `^12 began before this view, the first on 10 January 2025, and run into it; ${inStretch.length} start ` +
          'from \\d+ \\w+ 2026 to \\d+ \\w+ 2026\\.$',
      ),
    );
  }
});

test('in a view narrower than a stretch, the box for earlier events still lies in it', () => {
  // Twenty minutes: counted by the hour, and no whole hour in view.
  const window = { start: T0 + 300 * DAY + 35 * 60_000, end: T0 + 300 * DAY + 55 * 60_000 };
  const items = [
    ...series(10_000, 60_000).map((i) => ({ ...i, start: i.start + 296 * DAY })),
    ...running(12, 'diplomacy', 10, T0 + 400 * DAY),
  ];
  const box = itemsToDraw(items, window, none, { budget: 250 }).find((i) => isEarlierBox(i.id))!;
  expect(box.label).toBe('12');
  expect(box.start).toBeLessThan(window.end);
  expect(box.end).toBeGreaterThan(window.start);
});

test('a selected event running into the window is drawn as itself, not counted with the others', () => {
  const window = { start: T0 + 300 * DAY, end: T0 + 360 * DAY };
  const items = [...series(10_000, HOUR), ...running(12, 'diplomacy', 100, T0 + 400 * DAY)];
  const label = (keep: ReadonlySet<string>) =>
    Number(itemsToDraw(items, window, keep, { budget: 250 }).find((i) => isEarlierBox(i.id))!.label);
  const drawn = itemsToDraw(items, window, new Set(['diplomacy-long-4']), { budget: 250 });
  expect(drawn.filter((i) => i.id === 'diplomacy-long-4')).toHaveLength(1);
  expect(label(new Set(['diplomacy-long-4']))).toBe(label(none) - 1);
});

test('events from before and those starting in the box’s own stretch share one box, marked apart from a count', () => {
  // A 20-minute view, 40 minutes into the hour: counted by the hour, no whole hour in view, so the box for earlier
  // events sits in the hour at the view's left edge. The earlier events start on that hour, before the 20 minutes
  // considered, and events every 10 seconds fill the rest of it: counted in the same box, not in a count of their own.
  const hour = T0 + 300 * DAY;
  const window = { start: hour + 40 * 60_000, end: hour + 60 * 60_000 };
  const dense = Array.from({ length: 2000 }, (_, i) => item(`e-${i}`, hour + 20 * 60_000 + i * 10_000, 'diplomacy'));
  const onTheHour = Array.from({ length: 5 }, (_, i) => item(`on-hour-${i}`, hour, 'diplomacy', hour + DAY));
  const drawn = itemsToDraw([...dense, ...onTheHour], window, none, { budget: 250 });
  const earlier = drawn.find((i) => isEarlierBox(i.id))!;
  expect([earlier.start, earlier.label]).toEqual([hour, String(5 + 240)]);
  expect(drawn.filter((i) => i.start === hour)).toEqual([earlier]);
  // Marked apart from a count (isEarlierBox, the arrow), and a click still zooms out to where they begin.
  expect(isEarlierBox(earlier.id)).toBe(true);
  expect(earlier.zoomTo).toEqual({ start: hour, end: hour + HOUR });
  const ids = drawn.map((i) => i.id);
  expect(new Set(ids).size).toBe(ids.length);
});

test('too many near the window: one count per row and stretch, adding up to the events there', () => {
  const items = series(10_000, HOUR);
  const window = { start: T0, end: T0 + 60 * DAY };
  const drawn = itemsToDraw(items, window, none, { budget: 250 });
  expect(drawn.length).toBeLessThanOrEqual(250);
  expect(drawn.every((i) => isClusterId(i.id) && i.className === 'is-cluster')).toBe(true);
  expect(drawn.every((i) => Number(i.label) > 1)).toBe(true);
  const counted = drawn.reduce((sum, i) => sum + Number(i.label.replace(/\D/g, '')), 0);
  const near = items.filter((i) => i.start >= window.start - 60 * DAY && i.start <= window.end + 60 * DAY);
  expect(counted).toBe(near.length);
  // Each row keeps its own counts.
  expect(new Set(drawn.map((i) => i.group))).toEqual(new Set(['diplomacy', 'military']));
});

test('a count says how many and when, and clicking it zooms to its stretch', () => {
  const items = series(10_000, HOUR);
  const drawn = itemsToDraw(items, { start: T0, end: T0 + 60 * DAY }, none, { budget: 250 });
  const first = drawn.find((i) => i.start <= T0 && i.end! > T0 && i.group === 'diplomacy')!;
  expect(first.label).toMatch(/^\d[\d,]*$/);
  expect(first.tooltip[0]).toBe(`${first.label} events`);
  expect(first.tooltip[1]).toMatch(/^\d+ \w+ \d{4} to \d+ \w+ \d{4}$/);
  const stretch = first.zoomTo!;
  expect(stretch.start).toBe(first.start);
  // The box stops short of the next stretch, so neighbours sit on one line.
  expect(first.end).toBeLessThan(stretch.end);
  expect(first.end).toBeGreaterThan(stretch.start + (stretch.end - stretch.start) / 2);
});

test('an event alone in its stretch is drawn as itself', () => {
  const items = [...series(10_000, HOUR), item('alone', T0 - 30 * DAY, 'sanctions')];
  const drawn = itemsToDraw(items, { start: T0, end: T0 + 60 * DAY }, none, { budget: 250 });
  const alone = drawn.find((i) => i.group === 'sanctions');
  expect(alone).toMatchObject({ id: 'alone', label: 'alone' });
  // An event is opened by a click, not zoomed to.
  expect(alone?.zoomTo).toBeUndefined();
});

test('the selected event is drawn as itself, not counted', () => {
  const items = series(10_000, HOUR);
  const drawn = itemsToDraw(items, { start: T0, end: T0 + 60 * DAY }, new Set(['e-100']), { budget: 250 });
  expect(drawn.filter((i) => i.id === 'e-100')).toHaveLength(1);
  const counted = drawn
    .filter((i) => isClusterId(i.id))
    .reduce((sum, i) => sum + Number(i.label.replace(/\D/g, '')), 0);
  expect(counted + 1).toBe(items.filter((i) => i.start <= T0 + 120 * DAY).length);
});

test('panning by less than a stretch keeps the same boxes, so the timeline only adds and removes at the edges', () => {
  const items = series(10_000, HOUR);
  const before = itemsToDraw(items, { start: T0 + 100 * DAY, end: T0 + 160 * DAY }, none, { budget: 250 });
  const after = itemsToDraw(items, { start: T0 + 103 * DAY, end: T0 + 163 * DAY }, none, { budget: 250 });
  const ids = new Set(before.map((i) => i.id));
  const kept = after.filter((i) => ids.has(i.id));
  expect(kept.length).toBeGreaterThan(after.length * 0.8);
});

test('every event near the window is drawn or counted, exactly once', () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 0, max: 400 * 24 }), { minLength: 0, maxLength: 600 }),
      fc.integer({ min: 0, max: 400 * 24 }),
      fc.integer({ min: 1, max: 200 * 24 }),
      (hours, startHour, spanHours) => {
        const items = hours.map((h, i) => item(`e-${i}`, T0 + h * HOUR, ['a', 'b', 'c'][i % 3]));
        const window = { start: T0 + startHour * HOUR, end: T0 + (startHour + spanHours) * HOUR };
        const drawn = itemsToDraw(items, window, none, { budget: 50 });
        const span = window.end - window.start;
        const near = items.filter((i) => i.start >= window.start - span && i.start <= window.end + span);
        // No event twice, and none drawn that is not an event or a count.
        const ids = drawn.map((i) => i.id);
        expect(new Set(ids).size).toBe(ids.length);
        const counted = drawn.reduce((sum, i) => sum + (isClusterId(i.id) ? Number(i.label.replace(/\D/g, '')) : 1), 0);
        if (items.length <= 50) expect(counted).toBe(items.length);
        else if (near.length <= 50) {
          // Every event near the window is drawn itself, and the budget is filled.
          expect(drawn).toHaveLength(50);
          for (const i of near) expect(ids).toContain(i.id);
        } else expect(counted).toBe(near.length);
      },
    ),
  );
});

test('with events running in from before, each one near or in the window is drawn or counted once, and a row’s boxes never overlap', () => {
  fc.assert(
    fc.property(
      // Short events over 400 days; long ones, most of them running into a window that starts after day 100.
      fc.array(fc.integer({ min: 0, max: 400 * 24 }), { minLength: 300, maxLength: 600 }),
      fc.array(
        fc.record({
          start: fc.integer({ min: -200 * 24, max: 400 * 24 }),
          hours: fc.integer({ min: 1, max: 500 * 24 }),
        }),
        { minLength: 20, maxLength: 80 },
      ),
      fc.integer({ min: 100 * 24, max: 400 * 24 }),
      fc.integer({ min: 1, max: 100 * 24 }),
      (hours, long, startHour, spanHours) => {
        const rows = ['a', 'b', 'c'];
        const items = [
          ...hours.map((h, i) => item(`e-${i}`, T0 + h * HOUR, rows[i % 3])),
          ...long.map((l, i) => item(`l-${i}`, T0 + l.start * HOUR, rows[i % 3], T0 + (l.start + l.hours) * HOUR)),
        ];
        const window = { start: T0 + startHour * HOUR, end: T0 + (startHour + spanHours) * HOUR };
        const span = window.end - window.start;
        const near = items.filter((i) => i.start >= window.start - span && i.start <= window.end + span);
        if (near.length <= 50) return; // drawn one by one: the test above
        const fromBefore = items.filter((i) => i.start < window.start - span && (i.end ?? i.start) >= window.start);
        const drawn = itemsToDraw(items, window, none, { budget: 50 });
        const ids = drawn.map((i) => i.id);
        expect(new Set(ids).size).toBe(ids.length);
        const counted = drawn.reduce((sum, i) => sum + (isClusterId(i.id) ? Number(i.label.replace(/\D/g, '')) : 1), 0);
        expect(counted).toBe(near.length + fromBefore.length);
        for (const row of rows) {
          const boxes = drawn.filter((i) => i.group === row && isClusterId(i.id)).sort((x, y) => x.start - y.start);
          for (let k = 1; k < boxes.length; k++) expect(boxes[k]!.start).toBeGreaterThanOrEqual(boxes[k - 1]!.end!);
        }
      },
    ),
  );
});

test('on a narrower timeline the stretches are longer, so each count stays wide enough to read', () => {
  const items = series(10_000, HOUR);
  const window = { start: T0, end: T0 + 60 * DAY };
  const lengthOf = (stretches: number) => {
    const count = itemsToDraw(items, window, none, { stretches }).find((i) => isClusterId(i.id))!;
    const stretch = count.zoomTo!;
    return stretch.end - stretch.start;
  };
  expect(lengthOf(4)).toBeGreaterThan(lengthOf(16));
  expect((60 * DAY) / lengthOf(4)).toBeLessThanOrEqual(4);
  expect((60 * DAY) / lengthOf(16)).toBeLessThanOrEqual(16);
});
