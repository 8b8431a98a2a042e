import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { TalliesView } from './TalliesView';
import { realDataset } from '../../testing/real-dataset';
import { fixtureWithTallies } from '../../testing/fixture-dataset';

const comparison = () => screen.getByRole('table', { name: 'The rounds side by side' });

const roundCard = (round: number) =>
  within(screen.getByRole('list', { name: 'The rounds side by side' }))
    .getAllByRole('listitem')
    .find((li) => within(li).queryByRole('heading', { level: 3, name: new RegExp(`^Round ${round} `) }))!;

function row(header: string) {
  const found = within(comparison())
    .getAllByRole('row')
    .find((r) => within(r).queryByRole('rowheader', { name: header }));
  return within(found!).getAllByRole('cell');
}

test('lines up the length of each meeting and what each round produced, from the data', () => {
  render(<TalliesView dataset={realDataset()} onSelectEvent={() => {}} />);
  expect(
    within(comparison())
      .getAllByRole('rowheader')
      .map((h) => h.textContent),
  ).toEqual(['Length of the meeting', 'Ceasefire proposals', 'Leaders’ meeting', 'Next steps']);
  expect(row('Length of the meeting').map((c) => c.firstChild?.textContent)).toEqual([
    '“ended within two hours”',
    '“Only an hour had passed when the negotiators emerged”',
    '“just 40 minutes”',
  ]);
  const [ceasefire1, ceasefire2, ceasefire3] = row('Ceasefire proposals');
  expect(ceasefire1).toHaveTextContent(/^not reported in the sources$/);
  expect(within(ceasefire2!).getAllByText('Proposed by Russia')).toHaveLength(2);
  expect(ceasefire3).toHaveTextContent('Russia renews call for 24–48-hour ceasefires');
  const leaders = row('Leaders’ meeting');
  expect(within(leaders[1]!).getByText('Proposed by Turkey')).toBeInTheDocument();
  expect(within(leaders[2]!).getByText('Proposed by Ukraine')).toBeInTheDocument();
  expect(row('Next steps')[1]).toHaveTextContent('Proposed by UkraineRound 2: Ukraine proposes a third round');
});

test('opens the quotes that state the length of a meeting', async () => {
  const user = userEvent.setup();
  render(<TalliesView dataset={realDataset()} onSelectEvent={() => {}} />);
  await user.click(within(comparison()).getByRole('button', { name: 'Sources (1) for the length of round 1' }));
  expect(
    screen.getByText(
      'Delegates from the warring nations met in Istanbul again today, less than a month after their first round of direct negotiations ended within two hours.',
    ),
  ).toBeVisible();
});

test('a round without a length or tagged events says "not reported in the sources"', () => {
  render(<TalliesView dataset={fixtureWithTallies()} onSelectEvent={() => {}} />);
  expect(row('Length of the meeting')[0]).toHaveTextContent(/^not reported in the sources$/);
  for (const topic of ['Ceasefire proposals', 'Leaders’ meeting', 'Next steps']) {
    for (const c of row(topic)) expect(c).toHaveTextContent(/^not reported in the sources$/);
  }
});

test('events the filters hide are said to be hidden, with a button that shows them, never "not reported"', async () => {
  const user = userEvent.setup();
  const onShowHidden = vi.fn();
  const dataset = realDataset();
  // Everything but round 3's leaders' meeting proposal is filtered out.
  render(
    <TalliesView
      dataset={dataset}
      onSelectEvent={() => {}}
      visibleEventIds={new Set(['round-3-leaders-meeting-proposal'])}
      onShowHidden={onShowHidden}
    />,
  );
  const section = screen.getByRole('region', { name: 'The rounds side by side' });
  expect(section).toHaveTextContent('7 of 8 events of these rounds are hidden by the current filters.');
  expect(row('Ceasefire proposals')[1]).toHaveTextContent(/^hidden by the current filters$/);
  expect(row('Ceasefire proposals')[0]).toHaveTextContent(/^not reported in the sources$/);
  expect(row('Leaders’ meeting')[2]).toHaveTextContent('Ukraine proposes a Putin–Zelenskyy meeting');
  expect(row('Leaders’ meeting')[2]).toHaveTextContent(/1 more event hidden by the current filters$/);
  await user.click(
    within(section).getByRole('button', { name: 'Show all events of these rounds (clears the filters)' }),
  );
  expect(onShowHidden).toHaveBeenCalledOnce();
});

test('on narrow screens, one card per round, the latest first, with the topics it did not produce in one line', async () => {
  const user = userEvent.setup();
  render(<TalliesView dataset={realDataset()} onSelectEvent={() => {}} />);
  const cards = screen.getByRole('list', { name: 'The rounds side by side' });
  expect(
    within(cards)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent),
  ).toEqual(['Round 3 · 23 July 2025', 'Round 2 · 2 June 2025', 'Round 1 · 16 May 2025']);
  expect(
    within(roundCard(3))
      .getAllByRole('term')
      .map((t) => t.textContent),
  ).toEqual(['Length of the meeting', 'Ceasefire proposals', 'Leaders’ meeting', 'Next steps']);
  const round1 = roundCard(1);
  expect(
    within(round1)
      .getAllByRole('term')
      .map((t) => t.textContent),
  ).toEqual(['Length of the meeting']);
  expect(round1).toHaveTextContent('“ended within two hours”');
  expect(round1).toHaveTextContent('Not reported in the sources: ceasefire proposals; leaders’ meeting; next steps');
  await user.click(within(round1).getByRole('button', { name: 'Sources (1) for the length of round 1' }));
  expect(within(round1).getByText(/less than a month after their first round/)).toBeVisible();
});
