import { expect, test } from 'vitest';
import { barCaption, chartLayout, chartSummary, hasBar, type ChartItem } from './chart-layout';
import { tallyGrid, tallyVisibility } from '../../data/tally-grid';
import { realDataset } from '../../testing/real-dataset';
import { fixtureWithTallies, makeTally } from '../../testing/fixture-dataset';

const names = new Map([['ukraine', 'Ukraine']]);

/** The chart as lines of text, one per item, indented under its kind and direction. */
function outline(items: ChartItem[]): string[] {
  return items.map((item) => {
    if (item.type === 'kind') return item.text;
    if (item.type === 'direction') return `  ${item.text}`;
    if (item.type === 'note') return `  ${item.text}`;
    return `    ${item.caption.join(' ')} [${Math.round(item.fraction * 100)}%]`;
  });
}

test('groups bars by kind and then by direction, each group on its own scale, in words', () => {
  const layout = chartLayout(tallyGrid(realDataset()), names);
  expect(outline(layout.items)).toEqual([
    'Prisoners of war',
    '  Round 1 · not reported in the sources',
    '  Each side',
    '    Round 2 · agreed: at least 1,000 each side [83%]',
    '    Round 3 · agreed: at least 1,200 each side [100%]',
    'Bodies of the dead',
    '  Round 1 · not reported in the sources',
    '  Each side',
    '    Round 2 · agreed: about 6,000 each side [100%]',
    // 3,000 "to Ukraine" is another measure than 6,000 "each side": its own group and scale, never one bar beside the other.
    '  To Ukraine',
    '    Round 3 · offered: 3,000 to Ukraine [100%]',
    'Civilians',
    '  Round 1 · not reported in the sources',
    '  Round 2 · not reported in the sources',
    '  Round 3 · no number given',
    'Children',
    '  Round 1 · not reported in the sources',
    '  Direction not given',
    '    Round 2 · claimed by Ukraine: 339 [100%]',
    '    Round 3 · claimed by Ukraine: 339 [100%]',
  ]);
  expect(layout.statuses).toEqual(['agreed', 'offered', 'claimed']);
  expect(chartSummary(layout)).not.toMatch(/[≥~]/);
});

test('a round whose figures the filters hide says so, never "not reported in the sources"', () => {
  const dataset = realDataset();
  // Only the offer of 3,000 bodies shows, as with ?actors=vladimir-medinsky,turkey&q=bodies.
  const visible = tallyVisibility(dataset, new Set(['round-3-bodies-offer']));
  const layout = chartLayout(tallyGrid(dataset, visible), names);
  expect(outline(layout.items)).toEqual([
    'Prisoners of war',
    '  Round 1 · not reported in the sources',
    '  Round 2 · hidden by the current filters',
    '  Round 3 · hidden by the current filters',
    'Bodies of the dead',
    '  Round 1 · not reported in the sources',
    '  Round 2 · hidden by the current filters',
    '  To Ukraine',
    '    Round 3 · offered: 3,000 to Ukraine [100%]',
    'Civilians',
    '  Round 1 · not reported in the sources',
    '  Round 2 · not reported in the sources',
    '  Round 3 · hidden by the current filters',
    'Children',
    '  Round 1 · not reported in the sources',
    '  Round 2 · hidden by the current filters',
    '  Round 3 · hidden by the current filters',
  ]);
  // Only rounds whose sources are silent on the kind say so: round 1 everywhere, and civilians at round 2.
  const silent = layout.items.filter(
    (i): i is Extract<ChartItem, { type: 'note' }> => i.type === 'note' && i.reason === 'silent',
  );
  expect(silent.map((i) => `${i.kind}@${i.round}`)).toEqual([
    'prisoners-of-war@1',
    'bodies@1',
    'civilians@1',
    'civilians@2',
    'children@1',
  ]);
  expect(layout.statuses).toEqual(['offered']);
});

test('a round with some figures hidden says how many more there are, beside its bars', () => {
  const dataset = fixtureWithTallies();
  const layout = chartLayout(
    tallyGrid(dataset, (t) => t.id !== 'r2-young'),
    names,
  );
  expect(outline(layout.items).slice(0, 5)).toEqual([
    'Prisoners of war',
    '  Round 2 · 1 more figure hidden by the current filters',
    '  Each side',
    '    Round 2 · agreed: at least 1,000 each side [83%]',
    '    Round 3 · agreed: at least 1,200 each side [100%]',
  ]);
});

test('only figures with a number of their own are drawn; captions name who claims a figure', () => {
  expect(hasBar({ count: 10, qualifier: 'about' })).toBe(true);
  expect(hasBar({ count: null, qualifier: 'all' })).toBe(false);
  expect(hasBar({ count: null, qualifier: 'not-given' })).toBe(false);
  expect(
    barCaption(makeTally({ id: 'a', status: 'claimed', claimedBy: 'ukraine', direction: 'not-given' }), names),
  ).toBe('Round 2 · claimed by Ukraine: 100');
  expect(barCaption(makeTally({ id: 'b', status: 'carried-out', count: 84, direction: 'to-russia' }), names)).toBe(
    'Round 2 · carried out: 84 to Russia',
  );
});
