import { expect, test } from 'vitest';
import type { Timeline } from 'vis-timeline/esnext';
import { keepNearItemsDrawn, listedNearView } from './near-items';

// What the patch does to a drawn timeline is checked in the browser (large-record.spec.ts): in jsdom, with no layout,
// vis-timeline did not draw its rows again after a change of window, so the churn could not be reproduced here.

test('lists, as the row does, the items starting within a quarter of the window either side of it', () => {
  const range = { start: 100, end: 200 };
  const at = (start: number, more = {}) => ({ data: { start }, isVisible: () => false, ...more });
  expect(listedNearView(at(75), range)).toBe(true);
  expect(listedNearView(at(225), range)).toBe(true);
  expect(listedNearView(at(74), range)).toBe(false);
  expect(listedNearView(at(226), range)).toBe(false);
  expect(listedNearView(at(80, { isCluster: true }), range)).toBe(false);
});

test('gives up when vis-timeline is not built the way it expects', () => {
  expect(keepNearItemsDrawn({} as Timeline)).toBe(false);
  expect(keepNearItemsDrawn({ itemSet: { groups: { row: {} } } } as unknown as Timeline)).toBe(false);
});
