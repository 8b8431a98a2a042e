import { expect, test } from 'vitest';
import { fixtureWithCopies } from '../testing/fixture-dataset';
import { groupByReport, sourceIndex } from './source-index';

test('a copy is credited by its original, a condensed rewrite by its own publisher, an opinion piece as one', () => {
  const sources = sourceIndex(fixtureWithCopies());
  expect(sources.get('wire-0723')).toMatchObject({ credit: 'Test Wire', report: 'wire-0723' });
  expect(sources.get('broadcaster-copy')).toMatchObject({
    credit: 'Test Wire, republished by Broadcaster',
    report: 'wire-0723',
    originalPublisher: 'Test Wire',
  });
  expect(sources.get('digest-rewrite')).toMatchObject({
    credit: 'Digest, condensed from Test Wire',
    report: 'wire-0723',
  });
  expect(sources.get('column-0526')).toMatchObject({ credit: 'Daily Column (opinion)', report: 'column-0526' });
});

test('a copy whose original is missing or is itself a copy stands as its own report', () => {
  const dataset = fixtureWithCopies();
  const copy = dataset.sources.find((s) => s.id === 'broadcaster-copy')!;
  copy.copyOf = { ...copy.copyOf!, source: 'no-such-article' };
  const digest = dataset.sources.find((s) => s.id === 'digest-rewrite')!;
  digest.copyOf = { ...digest.copyOf!, source: 'broadcaster-copy' };
  const sources = sourceIndex(dataset);
  expect(sources.get('broadcaster-copy')).toMatchObject({ credit: 'Broadcaster', report: 'broadcaster-copy' });
  expect(sources.get('digest-rewrite')).toMatchObject({ credit: 'Digest', report: 'digest-rewrite' });
});

test('citations group by report, in the order each report is first cited, counting the pages they come from', () => {
  const sources = sourceIndex(fixtureWithCopies());
  const cite = (source: string, quote: string) => ({ source, quote });
  const groups = groupByReport(
    [
      cite('column-0526', 'a'),
      cite('broadcaster-copy', 'b'),
      cite('wire-0602', 'c'),
      cite('wire-0723', 'd'),
      cite('digest-rewrite', 'e'),
      cite('wire-0723', 'f'),
    ],
    sources,
  );
  expect(groups.map((g) => [g.report, g.citations.map((c) => c.quote).join(''), g.articles])).toEqual([
    ['column-0526', 'a', 1],
    ['wire-0723', 'bdef', 3],
    ['wire-0602', 'c', 1],
  ]);
});
