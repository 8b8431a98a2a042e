/* eslint-disable testing-library/no-node-access --
   vis-timeline draws plain divs without roles; these tests look at its DOM on purpose. */
import { waitFor } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataItem } from 'vis-timeline/esnext';
import { giveElementsASize } from '../../testing/layout';
import { batchedChanges } from './batched-changes';
import { drawOnDemand } from './draw-on-demand';

giveElementsASize();

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 4, 1);
const timelines: Timeline[] = [];
afterEach(() => {
  for (const timeline of timelines.splice(0)) timeline.destroy();
  document.body.replaceChildren();
});

const twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** A drawn timeline with one row showing T0 to T0 + 30 days, its flush, and a count of its draws from now on. */
async function drawnTimeline() {
  const container = document.createElement('div');
  document.body.append(container);
  const items = new DataSet<DataItem>();
  const groups = new DataSet([{ id: 'row', content: 'Row' }]);
  const timeline = new Timeline(container, items, groups, { start: T0, end: T0 + 30 * DAY });
  timelines.push(timeline);
  const drawNow = drawOnDemand(timeline);
  timeline.setWindow(T0, T0 + 30 * DAY, { animation: false });
  await new Promise<void>((resolve) => timeline.on('changed', () => resolve()));
  await twoFrames();
  const draws = { count: 0 };
  timeline.on('changed', () => draws.count++);
  const fresh = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `e${i}`, group: 'row', start: T0 + (i + 1) * DAY, content: `e${i}` }));
  return { container, items, timeline, drawNow, draws, fresh };
}

test('a queued draw is drawn at once when flushed, and the frame does not draw it again', async () => {
  const { container, items, timeline, drawNow, draws, fresh } = await drawnTimeline();
  expect(drawNow).not.toBeNull();
  batchedChanges(timeline)!(() => items.add(fresh(12)));
  expect(container.querySelectorAll('.vis-item-content')).toHaveLength(0);

  drawNow!();
  expect(container.querySelectorAll('.vis-item-content')).toHaveLength(12);
  expect(draws.count).toBe(1);
  await twoFrames();
  expect(draws.count).toBe(1);
});

test('a flush with no draw queued draws nothing, and a draw asked for later still comes in its frame', async () => {
  const { container, items, timeline, drawNow, draws, fresh } = await drawnTimeline();
  drawNow!();
  expect(draws.count).toBe(0);

  batchedChanges(timeline)!(() => items.add(fresh(3)));
  await waitFor(() => expect(container.querySelectorAll('.vis-item-content')).toHaveLength(3));
  expect(draws.count).toBe(1);
});

test('gives up, leaving the object alone, when vis-timeline is not built the way it expects', () => {
  expect(drawOnDemand({} as Timeline)).toBeNull();
  const inherited = Object.create({ _redraw: () => {} }) as { _origRedraw: () => void };
  inherited._origRedraw = () => {};
  expect(drawOnDemand(inherited as unknown as Timeline)).toBeNull();
});
