import { expect, test } from 'vitest';
import { tallyKindSchema } from './schema';
import { roundHeading } from './rounds';
import { tallyGrid, tallyVisibility } from './tally-grid';
import { realDataset } from '../testing/real-dataset';
import { fixtureWithTallies } from '../testing/fixture-dataset';

test('every kind × round cell of the real dataset is tallies, a recorded silence, or no record', () => {
  const grid = tallyGrid(realDataset());
  expect(grid.rounds.map((r) => [r.round, r.event?.id])).toEqual([
    [1, 'round-1'],
    [2, 'round-2'],
    [3, 'round-3'],
  ]);
  expect(grid.rows.map((r) => r.kind)).toEqual(tallyKindSchema.options);
  const states = Object.fromEntries(
    grid.rows.map((row) => [row.kind, row.cells.map((c) => `${c.state}:${c.tallies.map((t) => t.id).join('+')}`)]),
  );
  expect(states).toEqual({
    'prisoners-of-war': [
      'silence:',
      'tallies:round-2-pows+round-2-pows-under-25+round-2-pows-seriously-injured',
      'tallies:round-3-pows',
    ],
    bodies: ['silence:', 'tallies:round-2-bodies', 'tallies:round-3-bodies'],
    civilians: ['silence:', 'silence:', 'tallies:round-3-civilians'],
    children: ['silence:', 'tallies:round-2-children-list', 'tallies:round-3-children-list'],
  });
});

test('a cell with tallies keeps the silences that go with it (how many listed children were returned)', () => {
  const grid = tallyGrid(realDataset());
  const children3 = grid.rows.find((r) => r.kind === 'children')!.cells[2]!;
  expect(children3.state).toBe('tallies');
  expect(children3.silences.map((s) => s.id)).toEqual(['round-3-children-returned']);
});

test('a cell with neither tallies nor a silence is "no record", never an empty tally list', () => {
  const grid = tallyGrid(fixtureWithTallies());
  expect(grid.rounds.map((r) => r.round)).toEqual([2, 3]);
  const cells = Object.fromEntries(grid.rows.map((row) => [row.kind, row.cells.map((c) => c.state)]));
  expect(cells).toEqual({
    'prisoners-of-war': ['tallies', 'tallies'],
    bodies: ['no-record', 'no-record'],
    civilians: ['silence', 'no-record'],
    children: ['no-record', 'tallies'],
  });
});

test('a round named only by a tally still gets a column, without a meeting to select', () => {
  const data = fixtureWithTallies();
  data.silences.push({ id: 'r1', round: 1, kind: 'bodies', topic: 'Bodies at round 1' });
  const grid = tallyGrid(data);
  expect(grid.rounds.map((r) => [r.round, r.event?.id])).toEqual([
    [1, undefined],
    [2, 'round-2'],
    [3, 'round-3'],
  ]);
  expect(grid.rounds.map(roundHeading)).toEqual(['Round 1', 'Round 2 · 2 June 2025', 'Round 3 · 23 July 2025']);
});

test('a figure the filters hide makes its cell "filtered", never a silence; silent cells stay silent', () => {
  const dataset = realDataset();
  // Only the offer of 3,000 bodies shows, as with ?actors=vladimir-medinsky,turkey&q=bodies.
  const grid = tallyGrid(dataset, tallyVisibility(dataset, new Set(['round-3-bodies-offer'])));
  const states = Object.fromEntries(
    grid.rows.map((row) => [row.kind, row.cells.map((c) => `${c.state}:${c.hidden.length}`)]),
  );
  expect(states).toEqual({
    'prisoners-of-war': ['silence:0', 'filtered:3', 'filtered:1'],
    bodies: ['silence:0', 'filtered:1', 'tallies:0'],
    civilians: ['silence:0', 'silence:0', 'filtered:1'],
    children: ['silence:0', 'filtered:1', 'filtered:1'],
  });
});

test('a figure follows its own event, or its round’s when it has none; without filters every figure shows', () => {
  const dataset = realDataset();
  expect(dataset.tallies.filter(tallyVisibility(dataset, null))).toHaveLength(dataset.tallies.length);
  const roundOnly = { ...dataset.tallies[0]!, id: 'no-event', event: undefined, round: 3 as const };
  const visible = tallyVisibility({ ...dataset, tallies: [...dataset.tallies, roundOnly] }, new Set(['round-3']));
  expect(visible(roundOnly)).toBe(true);
  expect(visible(dataset.tallies.find((t) => t.id === 'round-3-pows')!)).toBe(false);
});
