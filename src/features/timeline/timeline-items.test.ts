import { expect, test } from 'vitest';
import { chronology } from '../../data/chronology';
import type { TimelineEvent } from '../../data/schema';
import { fixtureDataset } from '../../testing/fixture-dataset';
import { withDates } from '../../data/edtf-parse';
import { toTimelineGroups, toTimelineItems, TRACK_COLOURS, type TimelineItemSpec } from './timeline-items';
import { HOUR } from '../../lib/time';

function itemFor(partial: Partial<TimelineEvent>): TimelineItemSpec {
  const data = fixtureDataset();
  data.events = [{ ...data.events[1]!, id: 'x', inferred: false, dateNote: undefined, round: undefined, ...partial }];
  return toTimelineItems(chronology(withDates(data)))[0]!;
}

test('a day is drawn over the whole day, in its track, and says the time of day is not given', () => {
  const item = itemFor({ date: '2025-06-01', track: 'diplomacy' });
  expect(item).toMatchObject({
    shape: 'range',
    start: Date.UTC(2025, 5, 1),
    end: Date.UTC(2025, 5, 2),
    certainty: 'day',
    group: 'diplomacy',
  });
  expect(item.tooltip).toContain('Time of day not given in the sources.');
});

test('a timed meeting with a length is a range of that length from its stated time', () => {
  const item = itemFor({
    date: '2025-07-23T20:37',
    duration: { text: 'just 40 minutes', minutes: 40, qualifier: 'about' },
  });
  expect(item).toMatchObject({
    shape: 'range',
    start: Date.UTC(2025, 6, 23, 20, 37),
    end: Date.UTC(2025, 6, 23, 21, 17),
  });
});

test('a round known only to the day covers the day and says the time is not given', () => {
  const item = itemFor({ date: '2025-05-16', round: 1 });
  expect(item).toMatchObject({
    shape: 'range',
    start: Date.UTC(2025, 4, 16),
    end: Date.UTC(2025, 4, 17),
    certainty: 'day',
  });
  expect(item.label).toBe('Round 1');
  expect(item.className).toContain('is-round');
  expect(item.tooltip).toContain('Time of day not given in the sources.');
});

test('a month-precision date is a faint span over the whole month, with the reason in its tooltip', () => {
  const item = itemFor({ date: '2025-04', inferred: true, dateNote: "'last month' in an article of 7 May 2025" });
  expect(item).toMatchObject({
    shape: 'range',
    start: Date.UTC(2025, 3, 1),
    end: Date.UTC(2025, 4, 1),
    certainty: 'month',
  });
  expect(item.className).toContain('certainty-month');
  expect(item.tooltip).toEqual([
    'An interview last month',
    'April 2025',
    'Known only to the month.',
    "'last month' in an article of 7 May 2025",
  ]);
});

test('an approximate day covers its day, marked as approximate, with "about" in its tooltip', () => {
  const item = itemFor({ date: '2025-07-14~' });
  expect(item).toMatchObject({
    shape: 'range',
    start: Date.UTC(2025, 6, 14),
    end: Date.UTC(2025, 6, 15),
    certainty: 'approximate',
  });
  expect(item.className).toContain('certainty-approximate');
  expect(item.tooltip[1]).toBe('about 14 July 2025');
});

test('an approximate year is a fuzzy point in the middle of the year, not a span', () => {
  const item = itemFor({ date: '2022~' });
  expect(item).toMatchObject({ shape: 'point', certainty: 'approximate' });
  expect(item.start).toBeGreaterThan(Date.UTC(2022, 5, 1));
  expect(item.start).toBeLessThan(Date.UTC(2022, 7, 1));
});

test('an interval is a range from the first day to the end of the last', () => {
  const item = itemFor({ date: '2025-06-20/2025-06-30' });
  expect(item).toMatchObject({
    shape: 'range',
    start: Date.UTC(2025, 5, 20),
    end: Date.UTC(2025, 6, 1),
    certainty: 'interval',
  });
});

test('"some time before" is a point at its known end, marked as open', () => {
  const item = itemFor({ date: '/2025-06-02' });
  expect(item).toMatchObject({ shape: 'point', start: Date.UTC(2025, 5, 2), certainty: 'before' });
  expect(item.tooltip).toContain('Some time before this date; the sources do not say when.');
});

test('tracks become rows with a short name and one of five colours, in dataset order', () => {
  const groups = toTimelineGroups([
    ...fixtureDataset().tracks,
    { id: 'humanitarian', label: 'Humanitarian: prisoners, bodies, children', description: '' },
    { id: 'a', label: 'A', description: '' },
    { id: 'b', label: 'B', description: '' },
    { id: 'c', label: 'C', description: '' },
  ]);
  expect(groups.map((g) => g.shortLabel)).toEqual([
    'Negotiation rounds',
    'Diplomacy and statements',
    'Humanitarian',
    'A',
    'B',
    'C',
  ]);
  expect(groups.map((g) => g.colour)).toEqual([0, 1, 2, 3, 4, 0]);
  expect(new Set(TRACK_COLOURS).size).toBe(5);
  expect(groups[2]!.label).toBe('Humanitarian: prisoners, bodies, children');
});

test('every event of a dataset becomes exactly one item, in time order', () => {
  const items = toTimelineItems(chronology(fixtureDataset()));
  expect(items.map((i) => i.id)).toEqual(['spring-interview', 'round-2', 'window-proposal', 'round-3']);
  expect(items.filter((i) => i.isRound).map((i) => i.label)).toEqual(['Round 2', 'Round 3']);
  expect(items[1]!.end! - items[1]!.start).toBe(24 * HOUR);
});

test('the same entries give the same items to every caller; a dimmed event is the only one made anew', () => {
  const entries = chronology(fixtureDataset());
  const items = toTimelineItems(entries);
  expect(toTimelineItems(entries)).toBe(items);
  const dimmed = toTimelineItems(entries, 'window-proposal');
  const at = items.findIndex((i) => i.id === 'window-proposal');
  expect(dimmed[at]).toEqual({ ...items[at], className: `${items[at]!.className} is-dimmed` });
  expect(items[at]!.className).not.toContain('is-dimmed');
  expect(dimmed.filter((item, i) => item !== items[i])).toEqual([dimmed[at]]);
  // An id that is not there dims nothing.
  expect(toTimelineItems(entries, 'no-such-event')).toEqual(items);
});
