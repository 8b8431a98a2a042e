import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import type { Dataset } from '../../data/schema';
import { realDataset } from '../../testing/real-dataset';
import { fixtureWithTallies } from '../../testing/fixture-dataset';
import { TalliesView } from './TalliesView';

function renderView(
  dataset: Dataset = realDataset(),
  selectedEventId: string | null = null,
  filtered: { visibleEventIds: ReadonlySet<string>; onShowHidden?: () => void } | null = null,
) {
  const onSelectEvent = vi.fn();
  render(
    <TalliesView
      dataset={dataset}
      selectedEventId={selectedEventId}
      onSelectEvent={onSelectEvent}
      visibleEventIds={filtered?.visibleEventIds ?? null}
      onShowHidden={filtered?.onShowHidden}
    />,
  );
  return { onSelectEvent, user: userEvent.setup() };
}

/** The wide screen's rendering of the figures by round. */
const figures = () => screen.getByRole('table', { name: 'Figures by round' });
/** The narrow screen's: one card per round. Both are in the page; CSS shows one (jsdom applies none). */
const cards = () => screen.getByRole('list', { name: 'Figures by round' });
const cardOf = (round: number) =>
  within(cards())
    .getAllByRole('listitem')
    .find((li) => within(li).queryByRole('heading', { level: 4, name: new RegExp(`^Round ${round} `) }))!;

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
  const button = within(figures()).getByRole('button', {
    name: 'at least 1,200 more prisoners of war, round 3: sources',
  });
  expect(button).toHaveAttribute('aria-expanded', 'false');
  await user.click(button);
  expect(button).toHaveAttribute('aria-expanded', 'true');
  const panel = within(figures()).getByRole('region', {
    name: 'Sources for at least 1,200 more prisoners of war, round 3',
  });
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

test('on a round’s card a figure opens its quotes right under it, and the table keeps the same figure open', async () => {
  const { user } = renderView();
  const button = within(cardOf(3)).getByRole('button', {
    name: 'at least 1,200 more prisoners of war, round 3: sources',
  });
  await user.click(button);
  const panel = within(cardOf(3)).getByRole('region', {
    name: 'Sources for at least 1,200 more prisoners of war, round 3',
  });
  expect(button).toHaveAttribute('aria-controls', panel.id);
  const item = within(cardOf(3))
    .getAllByRole('listitem')
    .find((li) => within(li).queryByRole('button', { name: /^at least 1,200 .*: sources$/ }))!;
  expect(item).toContainElement(panel);
  expect(within(panel).getByRole('heading', { level: 5, name: /^Sources for/ })).toBeInTheDocument();
  expect(
    within(figures()).getByRole('button', { name: 'at least 1,200 more prisoners of war, round 3: sources' }),
  ).toHaveAttribute('aria-expanded', 'true');
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

test("clicking a round's column header, or its card's heading, selects that round's event", async () => {
  const { user, onSelectEvent } = renderView(realDataset(), 'round-2');
  const round3 = within(figures()).getByRole('button', { name: 'Round 3 · 23 July 2025' });
  expect(round3).toHaveAttribute('aria-pressed', 'false');
  expect(within(figures()).getByRole('button', { name: 'Round 2 · 2 June 2025' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await user.click(round3);
  expect(onSelectEvent).toHaveBeenCalledExactlyOnceWith('round-3');
  const card1 = within(cardOf(1)).getByRole('button', { name: 'Round 1 · 16 May 2025' });
  expect(card1).toHaveAttribute('aria-pressed', 'false');
  expect(within(cardOf(2)).getByRole('button', { name: 'Round 2 · 2 June 2025' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await user.click(card1);
  expect(onSelectEvent).toHaveBeenLastCalledWith('round-1');
});

test('on narrow screens, one card per round, the latest first, with the same figures as the table', () => {
  const dataset = realDataset();
  renderView(dataset);
  const headings = within(cards()).getAllByRole('heading', { level: 4 });
  expect(headings.map((h) => h.textContent)).toEqual([
    'Round 3 · 23 July 2025',
    'Round 2 · 2 June 2025',
    'Round 1 · 16 May 2025',
  ]);
  const names = (root: HTMLElement) =>
    within(root)
      .getAllByRole('button', { name: /: sources$/ })
      .map((b) => b.getAttribute('aria-label'))
      .sort();
  expect(names(cards())).toEqual(names(figures()));
  expect(names(cards())).toHaveLength(dataset.tallies.length);
  const round3 = cardOf(3);
  expect(
    within(round3)
      .getAllByRole('term')
      .map((t) => t.textContent),
  ).toEqual(['Prisoners of war', 'Bodies of the dead', 'Civilians', 'Children']);
  expect(round3).toHaveTextContent('Not reported in the sources: How many of the 339 listed children');
  expect(round3).not.toHaveTextContent(/^Not reported in the sources:$/m);
  // Round 1 reports nothing: one list of the kinds the sources leave out, not a row of blanks.
  const round1 = cardOf(1);
  expect(within(round1).queryAllByRole('term')).toHaveLength(0);
  expect(
    within(round1)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual([
    'Prisoners of war: Any prisoner-of-war figure or agreement at round 1',
    'Bodies of the dead: Any figure or agreement on the bodies of the dead at round 1',
    'Civilians: Any figure or agreement on civilians at round 1',
    'Children: Any figure or discussion of children at round 1',
  ]);
});

test('answers "what was agreed?": totals by status, like added to like, without saying more than the sources', () => {
  renderView();
  const answer = screen.getByRole('region', { name: 'What was agreed, all rounds together' });
  const agreed = within(answer).getByRole('region', { name: 'Agreed' });
  expect(agreed).toHaveTextContent(
    'Prisoners of war · agreed; the sources do not say it was carried out' +
      'at least 2,200 each side = at least 1,000 (round 2) + at least 1,200 (round 3)',
  );
  expect(agreed).toHaveTextContent(
    'Also agreed, not added to the total:' +
      'all soldiers under the age of 25 (round 2, no number given)' +
      'all soldiers who suffered serious injuries in combat (round 2, no number given)',
  );
  expect(agreed).toHaveTextContent(
    'Bodies of the dead · agreed; the sources do not say it was carried outabout 6,000 each side — round 2 only',
  );
  expect(agreed).toHaveTextContent(
    'Not reported in the sources: When and how far the round 2 exchange of prisoners and bodies was carried out.',
  );
  // The record has no source saying the exchanges were not carried out: the words never say so.
  expect(answer).not.toHaveTextContent(/not (yet )?been carried out|was not carried out|not yet carried out/);
  const offered = within(answer).getByRole('region', { name: 'Offered' });
  expect(offered).toHaveTextContent('Bodies of the dead3,000 to Ukraine — round 3 only');
  expect(answer).not.toHaveTextContent(/(^|\D)9,000/); // 6,000 each side and 3,000 to Ukraine are never added
  const claimed = within(answer).getByRole('region', { name: 'Claimed' });
  expect(claimed).toHaveTextContent('Claims are listed, never added up.');
  expect(claimed).toHaveTextContent("339 children on Kyiv's list of abducted children (round 2, claimed by Ukraine)");
  expect(claimed).toHaveTextContent(
    'civilian detainees to be included in exchanges, per sources cited by TASS: number not given (round 3)',
  );
  expect(
    within(answer)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent),
  ).toEqual(['Agreed', 'Offered', 'Claimed']);
});

test('figures the filters hide are said to be hidden everywhere, with a button that shows them', async () => {
  const onShowHidden = vi.fn();
  // Only the offer of 3,000 bodies shows, as with ?actors=vladimir-medinsky,turkey&q=bodies.
  const visibleEventIds = new Set(['round-3-bodies-offer']);
  const { user } = renderView(realDataset(), null, { visibleEventIds, onShowHidden });
  const section = screen.getByRole('region', { name: /what was agreed, round by round$/ });
  expect(section).toHaveTextContent('8 of 9 figures are hidden by the current filters.');

  // A hidden figure is never "not reported": only the kinds and rounds the sources are silent on say so.
  expect(cell('Prisoners of war', 1)).toHaveTextContent(/^3 figures hidden by the current filters$/);
  expect(cell('Civilians', 2)).toHaveTextContent(/^1 figure hidden by the current filters$/);
  expect(cell('Civilians', 1)).toHaveTextContent(/^not reported in the sources/);
  expect(cardOf(2)).toHaveTextContent('Prisoners of war3 figures hidden by the current filters');
  const chart = screen.getByRole('img', { name: /^Bar chart of the figures/ });
  expect(chart).toHaveAccessibleDescription(
    'Prisoners of war: Round 1 · not reported in the sources; Round 2 · hidden by the current filters; ' +
      'Round 3 · hidden by the current filters; ' +
      'Bodies of the dead: Round 1 · not reported in the sources; Round 2 · hidden by the current filters; ' +
      'to ukraine, on one scale: Round 3 · offered: 3,000 to Ukraine (Ukrainian bodies Russia offered to hand over); ' +
      'Civilians: Round 1 · not reported in the sources; Round 2 · not reported in the sources; ' +
      'Round 3 · hidden by the current filters; ' +
      'Children: Round 1 · not reported in the sources; Round 2 · hidden by the current filters; ' +
      'Round 3 · hidden by the current filters;',
  );
  const answer = screen.getByRole('region', { name: 'What was agreed, all rounds together' });
  expect(within(answer).getByRole('region', { name: 'Agreed' })).toHaveTextContent(
    'Prisoners of war · agreed; the sources do not say it was carried out4 figures hidden by the current filters',
  );
  expect(answer).not.toHaveTextContent(/not reported/i);

  const show = within(section).getByRole('button', { name: 'Show all figures (clears the filters)' });
  await user.click(show);
  expect(onShowHidden).toHaveBeenCalledOnce();
});

test('without a way to clear the filters, the section says what is hidden and offers no button', () => {
  renderView(realDataset(), null, { visibleEventIds: new Set(['round-3-bodies-offer']) });
  expect(screen.getByText(/^8 of 9 figures are hidden by the current filters\./)).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /^Show all/ })).not.toBeInTheDocument();
});

test('nothing hidden, nothing said about filters', () => {
  renderView(realDataset(), null, {
    visibleEventIds: new Set(realDataset().events.map((e) => e.id)),
    onShowHidden: vi.fn(),
  });
  expect(screen.queryByText(/hidden by the current filters/)).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /^Show all/ })).not.toBeInTheDocument();
});

test('the section speaks in words: no "≥" or "~" anywhere a reader sees', () => {
  const { container } = render(<TalliesView dataset={realDataset()} onSelectEvent={() => {}} />);
  expect(container.textContent).toMatch(/at least 1,200/);
  expect(container.textContent).not.toMatch(/[≥≤~]/);
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
  expect(within(cards()).getByText(/<img src=x onerror=/)).toBeInTheDocument();
});
