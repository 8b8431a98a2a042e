import { expect, test } from 'vitest';
import { sourceIndex } from './source-index';
import { fixtureWithCopies } from '../testing/fixture-dataset';
import { citationsCell } from './source-words';

test('a spreadsheet cell names a copy by its original and marks an opinion piece', () => {
  const sources = sourceIndex(fixtureWithCopies());
  expect(
    citationsCell(
      [
        { source: 'wire-0723', quote: 'one' },
        { source: 'broadcaster-copy', quote: 'two' },
        { source: 'digest-rewrite', quote: 'three' },
        { source: 'column-0526', quote: 'four' },
      ],
      sources,
    ),
  ).toBe(
    'Test Wire — “one” | Test Wire, republished by Broadcaster — “two” | Digest, condensed from Test Wire — “three” | ' +
      'Daily Column (opinion) — “four”',
  );
});
