/* eslint-disable testing-library/no-node-access --
   vis-timeline draws plain divs without roles; these tests look at its DOM on purpose. */
import { waitFor } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataItem } from 'vis-timeline/esnext';
import { giveElementsASize } from '../../testing/layout';
import { batchedChanges } from './batched-changes';

giveElementsASize();

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 4, 1);
const timelines: Timeline[] = [];
afterEach(() => {
  for (const timeline of timelines.splice(0)) timeline.destroy();
  document.body.replaceChildren();
});

/** A drawn timeline with one row, showing T0 to T0 + 30 days, and `n` items in view ready to add. */
async function drawnTimeline() {
  const container = document.createElement('div');
  document.body.append(container);
  const items = new DataSet<DataItem>();
  const groups = new DataSet([{ id: 'row', content: 'Row' }]);
  const timeline = new Timeline(container, items, groups, { start: T0, end: T0 + 30 * DAY });
  timelines.push(timeline);
  timeline.setWindow(T0, T0 + 30 * DAY, { animation: false });
  await new Promise<void>((resolve) => timeline.on('changed', () => resolve()));
  const fresh = (n: number, prefix: string) =>
    Array.from({ length: n }, (_, i) => ({
      id: `${prefix}${i}`,
      group: 'row',
      start: T0 + (i + 1) * DAY,
      content: `${prefix}${i}`,
    }));
  return { container, items, timeline, fresh };
}

test('items added in view are drawn by the next frame in one batch, not each as it is added', async () => {
  const { container, items, timeline, fresh } = await drawnTimeline();
  const apply = batchedChanges(timeline);
  expect(apply).not.toBeNull();

  apply!(() => items.add(fresh(20, 'a')));
  // Nothing drawn during the change: the frame's draw does it.
  expect(container.querySelectorAll('.vis-item-content')).toHaveLength(0);
  await waitFor(() => expect(container.querySelectorAll('.vis-item-content')).toHaveLength(20));

  // Removals and additions in one change: the same, and the removed ones go.
  apply!(() => {
    items.remove(['a0', 'a1']);
    items.add(fresh(3, 'b'));
  });
  await waitFor(() => expect(container.querySelectorAll('.vis-item-content')).toHaveLength(21));
  const labels = [...container.querySelectorAll('.vis-item-content')].map((el) => el.textContent);
  expect(labels).not.toContain('a0');
  expect(labels).toEqual(expect.arrayContaining(['b0', 'b1', 'b2', 'a19']));
});

test('the timeline is left as it was outside a batched change', async () => {
  const { container, items, timeline, fresh } = await drawnTimeline();
  batchedChanges(timeline)!(() => items.add(fresh(2, 'a')));
  // A plain add draws at once again, as vis-timeline does on its own.
  items.add(fresh(3, 'b'));
  expect(container.querySelectorAll('.vis-item-content')).toHaveLength(5);
});

test('gives up, doing nothing, when vis-timeline is not built the way it expects', () => {
  expect(batchedChanges({} as Timeline)).toBeNull();
  expect(batchedChanges({ itemSet: { groups: {}, redraw: () => false } } as unknown as Timeline)).toBeNull();
});
