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
  expect(changes.added.map((i) => i.id)).toEqual(['d']);
  expect(changes.changed).toEqual([]);
});

test('rebuilt but identical items are not sent again; a newly dimmed one is', () => {
  const before = [item('a'), item('b')];
  // A new dimmed event rebuilds every spec: equal copies must not make the timeline redraw them all.
  const after = [item('a'), item('b', { className: 'track-g is-dimmed' })];
  const changes = diffItems(held(before), after);
  expect(changes.changed.map((i) => i.id)).toEqual(['b']);
  expect(changes.added).toEqual([]);
  expect(changes.removed).toEqual([]);
});

test('a change of date, row, label or tooltip counts as a change', () => {
  const base = item('a');
  for (const over of [{ start: 1 }, { end: 5 }, { group: 'h' }, { label: 'x' }, { tooltip: ['a', 'more'] }]) {
    expect(diffItems(held([base]), [item('a', over)]).changed).toHaveLength(1);
  }
});

test('a range whose words alone change is relabelled in place; a change of its row or look is a change', () => {
  const base = item('a', { shape: 'range', end: 10 });
  const words = diffItems(held([base]), [item('a', { shape: 'range', end: 10, label: '12', tooltip: ['12 events'] })]);
  expect(words.relabelled.map((i) => i.label)).toEqual(['12']);
  expect(words.changed).toEqual([]);
  for (const over of [{ group: 'h' }, { className: 'track-g is-dimmed' }, { shape: 'point' as const }]) {
    const changes = diffItems(held([base]), [item('a', { shape: 'range', end: 10, label: '12', ...over })]);
    expect(changes.changed).toHaveLength(1);
    expect(changes.relabelled).toEqual([]);
  }
  // A box or point is as wide as its label: a new label must be measured again.
  expect(diffItems(held([item('b')]), [item('b', { label: 'longer' })]).changed).toHaveLength(1);
});

test('a range that keeps its row and look but not its dates is moved, with or without new words', () => {
  const base = item('a', { shape: 'range', start: 0, end: 10, label: '3' });
  const overs: Partial<TimelineItemSpec>[] = [
    { start: 5, end: 15 },
    { end: 11 },
    { start: 5, end: 15, label: '4', tooltip: ['4 events'] },
  ];
  for (const over of overs) {
    const changes = diffItems(held([base]), [{ ...base, ...over }]);
    expect(changes.moved).toEqual([expect.objectContaining(over)]);
    expect([changes.changed, changes.relabelled, changes.added, changes.removed]).toEqual([[], [], [], []]);
  }
  // A point is as wide as its label and placed by its start alone: moving it is a change, as before.
  expect(diffItems(held([item('p')]), [item('p', { start: 5 })]).changed).toHaveLength(1);
});
