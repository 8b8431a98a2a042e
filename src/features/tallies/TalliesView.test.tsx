import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import type { Dataset } from '../../data/schema';
import { realDataset } from '../../testing/real-dataset';
import { fixtureWithTallies } from '../../testing/fixture-dataset';
import { TalliesView } from './TalliesView';

function renderView(dataset: Dataset = realDataset(), selectedEventId: string | null = null) {
  const onSelectEvent = vi.fn();
  render(<TalliesView dataset={dataset} selectedEventId={selectedEventId} onSelectEvent={onSelectEvent} />);
  return { onSelectEvent, user: userEvent.setup() };
}

const figures = () => screen.getByRole('table', { name: 'Figures by round' });

/** The cell of the tallies table in the row of `kind` under the `index`-th round column. */
function cell(kind: string, index: number) {
  const row = within(figures())
    .getAllByRole('row')
    .find((r) => within(r).queryByRole('rowheader', { name: kind }));
  const cells = within(row!).getAllByRole('cell');
  return cells[index]!;
}

test('has a column per round and a row per kind', () => {
  renderView();
  const table = figures();
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent),
  ).toEqual(['What is counted', 'Round 1 · 16 May 2025', 'Round 2 · 2 June 2025', 'Round 3 · 23 July 2025']);
  expect(
    within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent),
  ).toEqual(['Prisoners of war', 'Bodies of the dead', 'Civilians', 'Children']);
});

test('says "not reported in the sources" wherever the sources are silent, and shows no number there', () => {
  renderView();
  for (const kind of ['Prisoners of war', 'Bodies of the dead', 'Civilians', 'Children']) {
    expect(cell(kind, 0)).toHaveTextContent(/^not reported in the sources/);
    expect(cell(kind, 0)).not.toHaveTextContent(/\d{2}|,\d/);
    expect(within(cell(kind, 0)).queryByRole('button')).not.toBeInTheDocument();
  }
  expect(cell('Civilians', 1)).toHaveTextContent('not reported in the sources');
  expect(cell('Civilians', 1)).toHaveTextContent('Any figure or agreement on civilians at round 2');
});

test('shows each figure with its qualifier, direction and status in words', () => {
  renderView();
  const pows2 = cell('Prisoners of war', 1);
  expect(within(pows2).getAllByRole('listitem')).toHaveLength(3);
  expect(pows2).toHaveTextContent('at least 1,000 prisoners of war');
  expect(pows2).toHaveTextContent('each side');
  expect(pows2).toHaveTextContent('all soldiers under the age of 25');
  expect(within(pows2).getAllByText('Agreed')).toHaveLength(3);

  const bodies = cell('Bodies of the dead', 2);
  expect(bodies).toHaveTextContent('3,000 Ukrainian bodies Russia offered to hand over');
  expect(bodies).toHaveTextContent('to Ukraine');
  expect(within(bodies).getByText('Offered')).toBeInTheDocument();
  expect(cell('Bodies of the dead', 1)).toHaveTextContent('about 6,000');

  const pows3 = cell('Prisoners of war', 2);
  expect(pows3).toHaveTextContent('at least 1,200 more prisoners of war');
  expect(within(pows3).getByText('Agreed')).toBeInTheDocument();

  const civilians3 = cell('Civilians', 2);
  expect(civilians3).toHaveTextContent('per sources cited by TASS: number not given');
  expect(within(civilians3).getByText('Claimed')).toBeInTheDocument();
  expect(within(civilians3).queryByText('Agreed')).not.toBeInTheDocument();
});

test('shows the children figures as claims, with who claims them', () => {
  renderView();
  const children3 = cell('Children', 2);
  expect(within(children3).getAllByText('Claimed')).toHaveLength(1);
  expect(within(children3).getAllByText('Claimed by Ukraine')).toHaveLength(1);
  expect(children3).toHaveTextContent('339');
  // Ukraine's 19,000 deported children is a standing claim the event gives as background, not a figure of round 3.
  expect(children3).not.toHaveTextContent('19,000');
  expect(within(cell('Children', 1)).getByText('Claimed by Ukraine')).toBeInTheDocument();
});

test('every figure opens its quotes, and a disputed one shows the competing claims side by side', async () => {
  const { user } = renderView();
  const button = screen.getByRole('button', { name: 'at least 1,200 more prisoners of war, round 3: sources' });
  expect(button).toHaveAttribute('aria-expanded', 'false');
  await user.click(button);
  expect(button).toHaveAttribute('aria-expanded', 'true');
  const panel = screen.getByRole('region', { name: 'Sources for at least 1,200 more prisoners of war, round 3' });
  expect(button).toHaveAttribute('aria-controls', panel.id);
  expect(
    within(panel).getAllByText(
      'Medinsky said the negotiators agreed to exchange at least 1,200 more prisoners of war from each side',
    ),
  ).not.toHaveLength(0);
  const conflict = within(panel).getByRole('region', { name: /Sources disagree: Who announced/ });
  const claims = within(within(conflict).getByRole('list', { name: 'Competing claims' }))
    .getAllByRole('listitem')
    .filter((li) => /^(Shown in this record|Competing claim)/.test(li.textContent ?? ''));
  expect(claims).toHaveLength(2);
  expect(claims[0]).toHaveTextContent('Shown in this record');
  expect(claims[0]).toHaveTextContent('Medinsky gave the figure');
  expect(claims[1]).toHaveTextContent('Competing claim');
  expect(claims[1]).toHaveTextContent('Umerov gave the figure');
  expect(claims[0]).toHaveTextContent('Why it is shown: Reuters (copied by CGTN) quotes Medinsky');

  await user.click(button);
  expect(button).toHaveAttribute('aria-expanded', 'false');
  expect(screen.queryByRole('region', { name: /Sources disagree: Who announced/ })).not.toBeInTheDocument();
});

test('every tally in the data has exactly one sources button', () => {
  const dataset = realDataset();
  renderView(dataset);
  const buttons = within(figures()).getAllByRole('button', { name: /: sources$/ });
  expect(buttons).toHaveLength(dataset.tallies.length);
});

test('each figure button is named by the figure it shows, then what it counts and the round', () => {
  const dataset = realDataset();
  renderView(dataset);
  const buttons = within(figures()).getAllByRole('button', { expanded: false });
  expect(buttons).toHaveLength(dataset.tallies.length);
  // A voice-control user says the figure they see ("at least 1,000"); the name must start with it.
  for (const button of buttons) {
    const shown = button.textContent!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(button).toHaveAccessibleName(new RegExp(`^${shown}\\b`));
  }
  expect(within(cell('Prisoners of war', 1)).getByRole('button', { name: /^at least 1,000/ })).toHaveAccessibleName(
    'at least 1,000 prisoners of war, round 2: sources',
  );
  expect(within(cell('Civilians', 2)).getByRole('button', { name: /^number not given/ })).toHaveAccessibleName(
    'number not given for civilian detainees to be included in exchanges, per sources cited by TASS, round 3: sources',
  );
});

test("clicking a round's column header selects that round's event", async () => {
  const { user, onSelectEvent } = renderView(realDataset(), 'round-2');
  const round3 = screen.getByRole('button', { name: 'Round 3 · 23 July 2025' });
  expect(round3).toHaveAttribute('aria-pressed', 'false');
  expect(screen.getByRole('button', { name: 'Round 2 · 2 June 2025' })).toHaveAttribute('aria-pressed', 'true');
  await user.click(round3);
  expect(onSelectEvent).toHaveBeenCalledExactlyOnceWith('round-3');
});

test('totals add only like to like, and never add claims', () => {
  renderView();
  const totals = screen.getByRole('region', { name: 'Totals across rounds' });
  const items = within(totals).getAllByRole('listitem');
  expect(items.map((li) => li.textContent)).toEqual([
    'Prisoners of war Agreedat least 2,200 each side = at least 1,000 (round 2) + at least 1,200 (round 3)',
    'Bodies of the dead Agreedabout 6,000 each side — round 2 only',
    'Bodies of the dead Offered3,000 to Ukraine — round 3 only',
    ...Array.from({ length: items.length - 3 }, () => expect.any(String)),
  ]);
  expect(totals).not.toHaveTextContent(/(^|\D)9,000/); // 6,000 + 3,000 bodies are never added
  expect(totals).toHaveTextContent(/339 names of Ukrainian children .* \(round 3, claimed by Ukraine\): a claim/);
  expect(totals).toHaveTextContent(/per sources cited by TASS \(number not given\) \(round 3\): a claim/);
});

test('a fixture without any figure for a kind says so in every cell, and tells "no record" from a recorded silence', () => {
  renderView(fixtureWithTallies());
  expect(cell('Bodies of the dead', 0)).toHaveTextContent(
    'not reported in the sourcesNo record for this round in the dataset',
  );
  expect(cell('Civilians', 0)).toHaveTextContent('not reported in the sourcesAny figure on civilians at round 2');
});

test('renders markup in the data as text, never as HTML', () => {
  const data = fixtureWithTallies();
  data.tallies[0]!.label = '<img src=x onerror="window.__pwned=1">';
  renderView(data);
  expect(screen.getAllByRole('img')).toHaveLength(1); // the chart
  expect(within(figures()).getByText(/<img src=x onerror=/)).toBeInTheDocument();
});
