import { expect, test } from 'vitest';
import { fixtureDataset } from '../testing/fixture-dataset';
import { realDataset } from '../testing/real-dataset';
import { chronology, roundDays, rolesAt, storyGroups } from './chronology';
import { resolveEdtf, withDates } from './edtf-parse';
import type { Dataset } from './schema';

/** The fixture's events replaced by ones with these dates (and a round where a date is given as `[date, round]`). */
function datasetOf(dates: (string | [string, 1 | 2 | 3])[]): Dataset {
  const data = fixtureDataset();
  const template = data.events[0]!;
  data.events = dates.map((d, i) => {
    const [date, round] = typeof d === 'string' ? [d, undefined] : d;
    return { ...template, id: `e${i}`, round, date };
  });
  return withDates(data);
}

const orderOf = (dates: (string | [string, 1 | 2 | 3])[]) => chronology(datasetOf(dates)).map((e) => e.event.date);

test('orders by earliest moment; on a tie the coarser date first, then the one that ends first', () => {
  expect(
    orderOf(['2025-06-01/2025-06-02', '2025-06-01', '2025-06', '2025-05-31', '2025-06-01T10:00', '2025-06-01']),
  ).toEqual(['2025-05-31', '2025-06', '2025-06-01', '2025-06-01', '2025-06-01/2025-06-02', '2025-06-01T10:00']);
});

test('a date known only as before a day comes before that day’s events; one known only as after, after them', () => {
  expect(orderOf(['2025-07-23', '2025-07-24', '2025-07-23/', '/2025-07-23', '2025-07-22T23:59'])).toEqual([
    '2025-07-22T23:59',
    '/2025-07-23',
    '2025-07-23',
    '2025-07-23/',
    '2025-07-24',
  ]);
});

test('a round comes first on its day, before its outcomes, even when it began late that day', () => {
  expect(orderOf(['2025-07-23', '2025-07-23T09:00', ['2025-07-23T20:37', 3], '/2025-07-23', '2025-07-22'])).toEqual([
    '2025-07-22',
    '/2025-07-23',
    '2025-07-23T20:37',
    '2025-07-23',
    '2025-07-23T09:00',
  ]);
});

/** The groups of a record with these dates, as `label: date, date`. */
function groupsOf(dates: (string | [string, 1 | 2 | 3])[]) {
  const data = datasetOf(dates);
  return storyGroups(chronology(data), roundDays(data)).map(
    (g) => `${g.label}: ${g.entries.map((e) => e.event.date).join(', ')}`,
  );
}

test('groups the story into the background, each round’s day, and the stretches between and after them', () => {
  const dates: (string | [string, 1 | 2 | 3])[] = [
    '2014',
    ['2025-05-16', 1],
    '2025-05-16',
    '/2025-05-16',
    '2025-05-16/',
    '2025-05-20',
    ['2025-06-02T10:00', 2],
    '/2025-06-02',
    '2025-06-02',
    '2025-06-03',
    '2025-07',
  ];
  expect(groupsOf(dates)).toEqual([
    'Background: 2014, /2025-05-16',
    'Round 1 · 16 May 2025: 2025-05-16, 2025-05-16',
    'Between rounds 1 and 2: 2025-05-16/, 2025-05-20, /2025-06-02',
    'Round 2 · 2 June 2025: 2025-06-02T10:00, 2025-06-02',
    'After round 2: 2025-06-03, 2025-07',
  ]);
});

test('the groups are named from the whole record, so filtering keeps the names and leaves empty stretches out', () => {
  const data = datasetOf(['2025-04', ['2025-05-16', 1], '2025-05-20', ['2025-06-02', 2], '2025-06-05']);
  const onlyAfter = chronology(data).filter((e) => e.event.date === '2025-06-05');
  expect(storyGroups(onlyAfter, roundDays(data)).map((g) => g.label)).toEqual(['After round 2']);
  expect(storyGroups([], roundDays(data))).toEqual([]);
});

test('a record without rounds is one group without a name', () => {
  const data = datasetOf(['2025-04', '2025-05']);
  expect(storyGroups(chronology(data), roundDays(data))).toMatchObject([{ key: 'all', label: '' }]);
});

test('the real record starts at the talks, its background folded apart, each round before its outcomes', () => {
  const data = realDataset();
  const groups = storyGroups(chronology(data), roundDays(data));
  expect(groups.map((g) => `${g.label} (${g.entries.length})`)).toEqual([
    expect.stringMatching(/^Background \(\d+\)$/),
    expect.stringMatching(/^Round 1 · 16 May 2025 \(\d+\)$/),
    expect.stringMatching(/^Between rounds 1 and 2 \(\d+\)$/),
    expect.stringMatching(/^Round 2 · 2 June 2025 \(\d+\)$/),
    expect.stringMatching(/^Between rounds 2 and 3 \(\d+\)$/),
    expect.stringMatching(/^Round 3 · 23 July 2025 \(\d+\)$/),
    expect.stringMatching(/^After round 3 \(\d+\)$/),
  ]);
  // Everything in the background happened before the first round's day.
  const firstRound = Date.UTC(2025, 4, 16);
  for (const e of groups[0]!.entries) expect(e.date.max).toBeLessThan(firstRound);
  for (const round of groups.filter((g) => g.kind === 'round')) expect(round.entries[0]!.event.round).toBeDefined();
  const between = groups.find((g) => g.key === 'between-2-3')!.entries.map((e) => e.event.id);
  expect(between.at(-1)).toBe('kremlin-plays-down-expectations');
});

test('a role is given only for dates the sources attest it', () => {
  const data = fixtureDataset();
  const person = data.actors[1]!;
  const titles = (edtf: string) => rolesAt(person, resolveEdtf(edtf)!, data.dates).map((r) => r.title);
  expect(titles('2025-06-02')).toEqual(['Defence Minister']);
  expect(titles('2025-07-23T20:37')).toEqual(['Security Council Secretary']);
  expect(titles('2025-05-16')).toEqual([]);
});
