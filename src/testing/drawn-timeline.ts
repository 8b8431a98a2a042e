// A real vis-timeline in jsdom for the tests of its patches: one row, drawn, and destroyed after each test.
import { afterEach } from 'vitest';
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataItem } from 'vis-timeline/esnext';
import { giveElementsASize } from './layout';

export const DAY = 86_400_000;
export const T0 = Date.UTC(2025, 4, 1);

/** Every timeline `drawnTimeline` made, destroyed after each test. */
const made: Timeline[] = [];

/**
 * Call at the top of a test file: elements get the size vis-timeline needs, and every timeline `drawnTimeline` made
 * is destroyed after each test.
 */
export function setUpDrawnTimelines(): void {
  giveElementsASize();
  afterEach(() => {
    for (const timeline of made.splice(0)) timeline.destroy();
    document.body.replaceChildren();
  });
}

/** A drawn timeline with one row ('row'), showing T0 to T0 + 30 days, and `fresh` items in view ready to add. */
export async function drawnTimeline() {
  const container = document.createElement('div');
  document.body.append(container);
  const items = new DataSet<DataItem>();
  const groups = new DataSet([{ id: 'row', content: 'Row' }]);
  const timeline = new Timeline(container, items, groups, { start: T0, end: T0 + 30 * DAY });
  made.push(timeline);
  timeline.setWindow(T0, T0 + 30 * DAY, { animation: false });
  await new Promise<void>((resolve) => timeline.on('changed', () => resolve()));
  /** `n` items a day apart from T0 + 1 day, with ids (and labels) `${prefix}0`, `${prefix}1`, … */
  const fresh = (n: number, prefix: string) =>
    Array.from({ length: n }, (_, i) => ({
      id: `${prefix}${i}`,
      group: 'row',
      start: T0 + (i + 1) * DAY,
      content: `${prefix}${i}`,
    }));
  return { container, items, timeline, fresh };
}
