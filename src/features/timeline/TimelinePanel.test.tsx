import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { chronology } from '../../data/chronology';
import type { TimeWindow } from '../../lib/time';
import { realDataset } from '../../testing/real-dataset';
import { TimelinePanel } from './TimelinePanel';

function setup() {
  const dataset = realDataset();
  const entries = chronology(dataset);
  const onWindowChange = vi.fn<(window: TimeWindow) => void>();
  const user = userEvent.setup();
  render(
    <TimelinePanel
      entries={entries}
      listedIds={new Set(entries.map((e) => e.event.id))}
      tracks={dataset.tracks}
      selectedId={null}
      dimmedId={null}
      window={{ start: Date.UTC(2025, 4, 9), end: Date.UTC(2025, 7, 15) }}
      onWindowChange={onWindowChange}
      onSelect={() => {}}
      onOpen={() => {}}
    />,
  );
  const lastWindow = () => onWindowChange.mock.lastCall?.[0];
  return { dataset, user, lastWindow };
}

test('"Talks period" shows 2025, not the 2014 background; "From 2014" reaches back to it', async () => {
  const { user, lastWindow } = setup();
  await user.click(screen.getByRole('button', { name: 'Talks period' }));
  expect(lastWindow()!.start).toBeGreaterThan(Date.UTC(2024, 11, 1));
  expect(lastWindow()!.end).toBeGreaterThan(Date.UTC(2025, 6, 27));
  await user.click(screen.getByRole('button', { name: 'From 2014' }));
  expect(lastWindow()!.start).toBeLessThanOrEqual(Date.UTC(2014, 0, 1));
  expect(lastWindow()!.end).toBeGreaterThan(Date.UTC(2025, 6, 27));
});

test("a round's button shows its whole day", async () => {
  const { user, lastWindow } = setup();
  await user.click(screen.getByRole('button', { name: 'Zoom to Round 3 · 23 July' }));
  expect(lastWindow()!.start).toBeLessThanOrEqual(Date.UTC(2025, 6, 23));
  expect(lastWindow()!.end).toBeGreaterThanOrEqual(Date.UTC(2025, 6, 24));
  expect(lastWindow()!.end - lastWindow()!.start).toBeLessThan(2 * 86_400_000);
});

test('the key names every row and says in words what each mark means', () => {
  const { dataset } = setup();
  const rows = screen.getByRole('list', { name: 'Rows (tracks)' });
  expect(
    within(rows)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(dataset.tracks.map((t) => t.label));
  const marks = within(screen.getByRole('list', { name: 'Marks' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);
  for (const words of [
    'round of talks',
    'exact time',
    'no time given',
    'month or year only',
    'about that date',
    'some time before',
    'date inferred',
    'several events',
    'faded',
  ]) {
    expect(marks.some((text) => text?.includes(words))).toBe(true);
  }
  // The counts of a large record are explained only where they are drawn.
  expect(marks.some((text) => text?.includes('events counted'))).toBe(false);
});

test('on a narrow screen the key folds behind a "Key" button', async () => {
  const { user } = setup();
  const toggle = screen.getByRole('button', { name: /^Key/ });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  expect(toggle).toHaveAttribute('aria-controls', 'timeline-key');
  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
});
