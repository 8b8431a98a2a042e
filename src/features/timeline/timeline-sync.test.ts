import { expect, test } from 'vitest';
import type { TimelineItemSpec } from './timeline-items';
import { diffItems } from './timeline-sync';

const item = (id: string, over: Partial<TimelineItemSpec> = {}): TimelineItemSpec => ({
  id,
  group: 'g',
  shape: 'point',
  start: 0,
  label: id,
  tooltip: [id],
  certainty: 'exact',
  isRound: false,
  className: 'track-g',
  ...over,
});
const held = (items: TimelineItemSpec[]) => new Map(items.map((i) => [i.id, i]));

test('a filter change sends only the events that left and those that came', () => {
  const before = [item('a'), item('b'), item('c')];
  const changes = diffItems(held(before), [before[0]!, item('d')]);
  expect(changes.removed.sort()).toEqual(['b', 'c']);
  expect(changes.updated.map((i) => i.id)).toEqual(['d']);
});

test('rebuilt but identical items are not sent again; a newly dimmed one is', () => {
  const before = [item('a'), item('b')];
  // A new dimmed event rebuilds every spec: equal copies must not make the timeline redraw them all.
  const after = [item('a'), item('b', { className: 'track-g is-dimmed' })];
  const changes = diffItems(held(before), after);
  expect(changes.updated.map((i) => i.id)).toEqual(['b']);
  expect(changes.removed).toEqual([]);
});

test('a change of date, row, shape, label or tooltip is sent', () => {
  const base = item('a');
  const overs: Partial<TimelineItemSpec>[] = [
    { start: 1 },
    { end: 5 },
    { group: 'h' },
    { shape: 'range', end: 3 },
    { label: 'x' },
    { tooltip: ['a', 'more'] },
  ];
  for (const over of overs) expect(diffItems(held([base]), [item('a', over)]).updated).toHaveLength(1);
});
