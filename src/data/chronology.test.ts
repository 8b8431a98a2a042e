import { expect, test } from 'vitest';
import { fixtureDataset } from '../testing/fixture-dataset';
import { chronology, rolesAt } from './chronology';
import { resolveEdtf, withDates } from './edtf-parse';

function orderOf(dates: string[]) {
  const data = fixtureDataset();
  const template = data.events[0]!;
  data.events = dates.map((date, i) => ({ ...template, id: `e${i}`, round: undefined, date }));
  return chronology(withDates(data)).map((e) => e.event.date);
}

test('orders by earliest moment, the wider span first on a tie, then dataset order', () => {
  expect(orderOf(['2025-06-01', '2025-06', '2025-05-31', '/2025-05-30', '2025-06-01T10:00'])).toEqual([
    '/2025-05-30',
    '2025-05-31',
    '2025-06',
    '2025-06-01',
    '2025-06-01T10:00',
  ]);
});

test('a role is given only for dates the sources attest it', () => {
  const data = fixtureDataset();
  const person = data.actors[1]!;
  const titles = (edtf: string) => rolesAt(person, resolveEdtf(edtf)!, data.dates).map((r) => r.title);
  expect(titles('2025-06-02')).toEqual(['Defence Minister']);
  expect(titles('2025-07-23T20:37')).toEqual(['Security Council Secretary']);
  expect(titles('2025-05-16')).toEqual([]);
});
