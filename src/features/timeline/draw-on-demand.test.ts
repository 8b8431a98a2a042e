/* eslint-disable testing-library/no-node-access --
   vis-timeline draws plain divs without roles; these tests look at its DOM on purpose. */
import { waitFor } from '@testing-library/react';
import { expect, test } from 'vitest';
import type { Timeline } from 'vis-timeline/esnext';
import { drawnTimeline, setUpDrawnTimelines } from '../../testing/drawn-timeline';
import { batchedChanges } from './batched-changes';
import { drawOnDemand } from './draw-on-demand';

setUpDrawnTimelines();

const twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** A drawn timeline, its flush, and a count of its draws from then on (a draw still queued by the set-up done). */
async function flushableTimeline() {
  const drawn = await drawnTimeline();
  const drawNow = drawOnDemand(drawn.timeline);
  await twoFrames();
  const draws = { count: 0 };
  drawn.timeline.on('changed', () => draws.count++);
  return { ...drawn, drawNow, draws };
}

test('a queued draw is drawn at once when flushed, and the frame does not draw it again', async () => {
  const { container, items, timeline, drawNow, draws, fresh } = await flushableTimeline();
  expect(drawNow).not.toBeNull();
  batchedChanges(timeline)!(() => items.add(fresh(12, 'e')));
  expect(container.querySelectorAll('.vis-item-content')).toHaveLength(0);

  drawNow!();
  expect(container.querySelectorAll('.vis-item-content')).toHaveLength(12);
  expect(draws.count).toBe(1);
  await twoFrames();
  expect(draws.count).toBe(1);
});

test('a flush with no draw queued draws nothing, and a draw asked for later still comes in its frame', async () => {
  const { container, items, timeline, drawNow, draws, fresh } = await flushableTimeline();
  drawNow!();
  expect(draws.count).toBe(0);

  batchedChanges(timeline)!(() => items.add(fresh(3, 'e')));
  await waitFor(() => expect(container.querySelectorAll('.vis-item-content')).toHaveLength(3));
  expect(draws.count).toBe(1);
});

test('gives up, leaving the object alone, when vis-timeline is not built the way it expects', () => {
  expect(drawOnDemand({} as Timeline)).toBeNull();
  const inherited = Object.create({ _redraw: () => {} }) as { _origRedraw: () => void };
  inherited._origRedraw = () => {};
  expect(drawOnDemand(inherited as unknown as Timeline)).toBeNull();
});
