import fc from 'fast-check';
import { realDataset } from '../../testing/real-dataset';
import { talliesFor } from '../../data/relations';
import { expect, test } from 'vitest';
import { readExportCsv } from '../../testing/read-export-csv';
import { fixtureWithTallies } from '../../testing/fixture-dataset';
import { TALLY_CSV_COLUMNS, talliesCsv, talliesForEvents } from './tally-records';

test('only the tallies of the events shown are exported, in dataset order', () => {
  const dataset = fixtureWithTallies();
  const round3 = dataset.events.filter((e) => e.id === 'round-3');
  expect(talliesForEvents(dataset, round3).map((t) => t.id)).toEqual(['r3-pows', 'r3-children']);
  expect(talliesForEvents(dataset, dataset.events).map((t) => t.id)).toEqual([
    'r2-pows',
    'r2-young',
    'r3-pows',
    'r3-children',
  ]);
  expect(talliesForEvents(dataset, [])).toEqual([]);
});

test('each figure keeps its qualifier, direction, status, who stated or claims it, and its quotes', () => {
  const dataset = fixtureWithTallies();
  const rows = readExportCsv(talliesCsv(dataset, dataset.tallies));
  expect(Object.keys(rows[0]!)).toEqual([...TALLY_CSV_COLUMNS]);
  expect(rows[0]).toMatchObject({
    round: '2',
    kind: 'prisoners-of-war',
    count: '1000',
    qualifier: 'at-least',
    direction: 'each-side',
    status: 'agreed',
    sources: 'Test Wire — “at least 1,000 prisoners on each side”',
  });
  // No number given is an empty cell, never 0.
  expect(rows[1]).toMatchObject({ label: 'soldiers under 25', count: '', qualifier: 'all' });
  expect(rows[2]).toMatchObject({ stated_by: 'Alex Negotiator', claimed_by: '' });
  expect(rows[3]).toMatchObject({ status: 'claimed', claimed_by: 'Ukraine' });
});

test('for any set of events, the tallies are those talliesFor gives any one of them, in dataset order', () => {
  const dataset = realDataset();
  fc.assert(
    fc.property(fc.subarray(dataset.events), (events) => {
      const expected = dataset.tallies.filter((t) => events.some((e) => talliesFor(dataset, e).includes(t)));
      expect(talliesForEvents(dataset, events)).toEqual(expected);
    }),
  );
});
