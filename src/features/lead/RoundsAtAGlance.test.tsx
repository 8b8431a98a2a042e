import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { roundOutcomes } from '../../data/round-outcomes';
import type { Dataset } from '../../data/schema';
import { fixtureDataset, makeTally } from '../../testing/fixture-dataset';
import { realDataset } from '../../testing/real-dataset';
import { RoundsAtAGlance } from './RoundsAtAGlance';

function renderLead(dataset: Dataset = realDataset(), selectedEventId?: string | null) {
  const onOpenRound = vi.fn();
  render(<RoundsAtAGlance dataset={dataset} onOpenRound={onOpenRound} selectedEventId={selectedEventId} />);
  return { onOpenRound, user: userEvent.setup() };
}

const section = () => screen.getByRole('region', { name: 'What each round produced' });

test('lists the rounds in order, each headed by its round and day', () => {
  renderLead();
  const items = within(section()).getAllByRole('listitem');
  expect(items).toHaveLength(3);
  expect(
    within(section())
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent),
  ).toEqual(['Round 1 · 16 May 2025', 'Round 2 · 2 June 2025', 'Round 3 · 23 July 2025']);
});

test('each round shows the same words as the plain text the printed record reuses', () => {
  const dataset = realDataset();
  renderLead(dataset);
  const items = within(section()).getAllByRole('listitem');
  roundOutcomes(dataset).forEach((outcome, i) => {
    expect(items[i]).toHaveTextContent(`${outcome.heading}${outcome.text}`, { normalizeWhitespace: true });
  });
  expect(items[0]).toHaveTextContent('The sources report no figures from this round.');
  expect(items[2]).toHaveTextContent('Agreed: at least 1,200 prisoners of war from each side');
});

test('a round opens its meeting, and its button is described by what the round produced', async () => {
  const { onOpenRound, user } = renderLead();
  const round2 = screen.getByRole('button', { name: 'Round 2 · 2 June 2025' });
  expect(round2).toHaveAccessibleDescription(/^Istanbul\. Length: “.+”\. Agreed: at least 1,000 prisoners of war/);
  await user.click(round2);
  expect(onOpenRound).toHaveBeenCalledExactlyOnceWith('round-2');
  await user.click(screen.getByRole('button', { name: 'Round 3 · 23 July 2025' }));
  expect(onOpenRound).toHaveBeenLastCalledWith('round-3');
});

test('the round being read is marked as the current one, and only that one', () => {
  renderLead(realDataset(), 'round-3');
  expect(screen.getByRole('button', { current: true })).toHaveAccessibleName('Round 3 · 23 July 2025');
  expect(screen.getAllByRole('button', { current: false })).toHaveLength(2);
});

test('no round is marked while another event is read', () => {
  renderLead(realDataset(), 'operation-spiderweb');
  expect(screen.queryByRole('button', { current: true })).not.toBeInTheDocument();
});

test('a round the dataset has no meeting for is shown, but there is nothing to open', () => {
  const dataset = fixtureDataset();
  dataset.tallies = [makeTally({ id: 'early', round: 1, count: 5 })];
  renderLead(dataset);
  expect(
    within(section())
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent),
  ).toEqual(['Round 1', 'Round 2 · 2 June 2025', 'Round 3 · 23 July 2025']);
  expect(screen.queryByRole('button', { name: /^Round 1/ })).not.toBeInTheDocument();
  expect(within(section()).getAllByRole('listitem')[0]).toHaveTextContent('Agreed: 5 prisoners of war from each side.');
});
