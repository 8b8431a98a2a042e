/* eslint-disable testing-library/no-node-access --
   vis-timeline draws plain divs without roles; these tests look at its DOM on purpose. */
import { waitFor } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import type { Timeline } from 'vis-timeline/esnext';
import { DAY, T0, drawnTimeline, setUpDrawnTimelines } from '../../testing/drawn-timeline';
import { batchedChanges } from './batched-changes';

setUpDrawnTimelines();

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

test('a moving range keeps its box, untouched in the change, and the next draw places it at its new dates', async () => {
  const { container, items, timeline } = await drawnTimeline();
  const range = (id: string, start: number) => ({ id, group: 'row', start, end: start + 2 * DAY, content: id });
  items.add(range('moving', T0 + 2 * DAY));
  await waitFor(() => expect(container.querySelectorAll('.vis-item.vis-range')).toHaveLength(1));
  const box = container.querySelector<HTMLElement>('.vis-item.vis-range')!;
  const before = box.style.transform;

  const measuring = vi.spyOn(window, 'getComputedStyle');
  batchedChanges(timeline)!(() => items.update(range('moving', T0 + 12 * DAY)), ['moving']);
  const measured = measuring.mock.calls.length;
  measuring.mockRestore();
  // Neither measured nor moved during the change (vis-timeline would redraw and measure it there, on its own).
  expect(measured).toBe(0);
  expect(box.style.transform).toBe(before);
  await waitFor(() => expect(box.style.transform).not.toBe(before));
  expect(box.isConnected).toBe(true);
  // Where a box freshly drawn at those dates goes.
  items.add(range('fresh', T0 + 12 * DAY));
  const fresh = [...container.querySelectorAll<HTMLElement>('.vis-item.vis-range')].find((el) => el !== box)!;
  expect(fresh.style.transform).toBe(box.style.transform);
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
