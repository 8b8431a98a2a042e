/* eslint-disable testing-library/no-node-access --
   vis-timeline draws plain divs without roles; these tests look at its DOM on purpose. */
import { render, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { expect, test } from 'vitest';
import { giveElementsASize } from '../../testing/layout';
import { chronology } from '../../data/chronology';
import { fixtureDataset } from '../../testing/fixture-dataset';
import TimelineCanvas from './TimelineCanvas';
import { toTimelineGroups, toTimelineItems } from './timeline-items';
import { limitsFor } from './timeline-window';

giveElementsASize();

function setup(mutate?: (d: ReturnType<typeof fixtureDataset>) => void, selectedId: string | null = null) {
  const data = fixtureDataset();
  mutate?.(data);
  const items = toTimelineItems(chronology(data));
  const props = {
    items,
    groups: toTimelineGroups(data.tracks),
    selectedId,
    window: { start: Date.UTC(2025, 3, 1), end: Date.UTC(2025, 7, 1) },
    limits: limitsFor(items),
    onSelect: () => {},
    onWindowChange: () => {},
  };
  return { props, ...render(<TimelineCanvas {...props} />, { wrapper: StrictMode }) };
}

test("StrictMode's double mount leaves exactly one timeline, and unmounting removes it", async () => {
  const { container, unmount } = setup();
  await waitFor(() => expect(container.querySelectorAll('.vis-item').length).toBe(4));
  expect(container.querySelectorAll('.vis-timeline')).toHaveLength(1);
  unmount();
  expect(document.querySelectorAll('.vis-timeline')).toHaveLength(0);
});

test('a hostile title is drawn as text and nothing in it runs', async () => {
  const payload = '<img src=x onerror="window.__pwned = true">';
  const { container } = setup((d) => {
    d.events[1]!.title = payload;
  });
  await waitFor(() => expect(container.querySelectorAll('.vis-item').length).toBe(4));
  expect(container.querySelector('img')).toBeNull();
  const labels = [...container.querySelectorAll('.tl-label')].map((el) => el.textContent);
  expect(labels).toContain(payload);
  expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
});

test('the selected event is marked selected in the timeline, and follows the prop', async () => {
  const { container, rerender, props } = setup(undefined, 'round-2');
  await waitFor(() => expect(container.querySelector('.vis-selected')?.textContent).toBe('Round 2'));
  rerender(<TimelineCanvas {...props} selectedId="window-proposal" />);
  await waitFor(() => expect(container.querySelector('.vis-selected')?.textContent).toBe('A proposed window'));
  rerender(<TimelineCanvas {...props} selectedId={null} />);
  await waitFor(() => expect(container.querySelector('.vis-selected')).toBeNull());
});

test('tracks become rows, in dataset order', async () => {
  const { container } = setup();
  await waitFor(() =>
    expect([...container.querySelectorAll('.vis-label .tl-group')].map((g) => g.textContent)).toEqual([
      'Negotiation rounds',
      'Diplomacy and statements',
    ]),
  );
});

test('a filter change removes the events it hides and draws them again when they return', async () => {
  const { container, rerender, props } = setup();
  await waitFor(() => expect(container.querySelectorAll('.vis-item').length).toBe(4));
  const rounds = props.items.filter((i) => i.isRound);
  rerender(<TimelineCanvas {...props} items={rounds} />);
  await waitFor(() =>
    expect([...container.querySelectorAll('.vis-item .tl-label')].map((l) => l.textContent).sort()).toEqual(
      rounds.map((r) => r.label).sort(),
    ),
  );
  rerender(<TimelineCanvas {...props} />);
  await waitFor(() => expect(container.querySelectorAll('.vis-item').length).toBe(4));
});

test('a box whose count changes shows the new count, once', async () => {
  const { container, rerender, props } = setup();
  await waitFor(() => expect(container.querySelectorAll('.vis-item').length).toBe(4));
  const range = {
    ...props.items[0]!,
    id: 'cluster:g:0:1',
    shape: 'range' as const,
    start: Date.UTC(2025, 5, 1),
    end: Date.UTC(2025, 5, 20),
    label: '3',
    tooltip: ['3 events'],
  };
  rerender(<TimelineCanvas {...props} items={[range]} />);
  await waitFor(() => expect(container.querySelector('.vis-item .tl-label')?.textContent).toBe('3'));
  rerender(<TimelineCanvas {...props} items={[{ ...range, label: '12', tooltip: ['12 events'] }]} />);
  await waitFor(() => expect(container.querySelector('.vis-item .tl-label')?.textContent).toBe('12'));
  expect(container.querySelectorAll('.vis-item')).toHaveLength(1);
  rerender(<TimelineCanvas {...props} items={[range]} />);
  await waitFor(() => expect(container.querySelector('.vis-item .tl-label')?.textContent).toBe('3'));
});

test('events coming back are drawn in the same commit as the rest of the page, not a frame later', async () => {
  const { container, rerender, props } = setup();
  await waitFor(() => expect(container.querySelectorAll('.vis-item').length).toBe(4));
  const rounds = props.items.filter((i) => i.isRound);
  rerender(<TimelineCanvas {...props} items={rounds} />);
  await waitFor(() => expect(container.querySelectorAll('.vis-item').length).toBe(rounds.length));
  // No waiting: what the page shows once React has committed is what the timeline shows.
  rerender(<TimelineCanvas {...props} />);
  expect(container.querySelectorAll('.vis-item')).toHaveLength(4);
});
