import { act, render, screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { roundOutcomeLine, roundOutcomes } from '../../data/round-outcomes';
import { fixtureWithTallies } from '../../testing/fixture-dataset';
import { PrintDocument } from './PrintDocument';
import { WhilePrinting } from './WhilePrinting';

const TITLE = 'A sourced record';

function renderDocument(props: Partial<Parameters<typeof PrintDocument>[0]> = {}) {
  const dataset = fixtureWithTallies();
  dataset.updated = '2026-12-07';
  render(
    <PrintDocument
      dataset={dataset}
      title={TITLE}
      events={dataset.events}
      getUrl={() => 'https://example.org/?q=round'}
      siteUrl="https://example.org/"
      {...props}
    />,
  );
  return { dataset, document: screen.getByRole('region', { name: TITLE }) };
}

test('prints the title and where it comes from, then the rounds, the figures and the chronology, in that order', () => {
  const { document } = renderDocument({ filtersInWords: ['matching “round”'] });
  expect(document).toHaveClass('hidden', 'print:block');
  expect(within(document).getByRole('heading', { level: 1 })).toHaveTextContent(TITLE);
  expect(document).toHaveTextContent('Record last updated 7 December 2026. Printed from https://example.org/?q=round');
  expect(document).toHaveTextContent('View: matching “round”.');
  expect(within(document).getByRole('link', { name: 'https://example.org/?q=round' })).toHaveAttribute(
    'href',
    'https://example.org/?q=round',
  );
  expect(
    within(document)
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent),
  ).toEqual(['What each round produced', 'Figures by round', 'Chronology: 4 events']);
  // Paper has nothing to press.
  expect(within(document).queryAllByRole('button')).toEqual([]);
});

test('what each round produced is the lead’s own words, round by round', () => {
  const { dataset, document } = renderDocument();
  const rounds = within(document).getByRole('region', { name: 'What each round produced' });
  expect(
    within(rounds)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(roundOutcomes(dataset).map(roundOutcomeLine));
  // Unfiltered, it does not need to say that it ignores the filters.
  expect(rounds).not.toHaveTextContent('the view’s filters');
});

test('the figures by round give every kind in every round: each figure with its status, or the silence', () => {
  const { document } = renderDocument();
  const figures = within(document).getByRole('region', { name: 'Figures by round' });
  const rounds = within(figures).getAllByRole('region', { name: /^Round \d/ });
  expect(rounds.map((r) => within(r).getByRole('heading', { level: 3 }).textContent)).toEqual([
    'Round 2 · 2 June 2025',
    'Round 3 · 23 July 2025',
  ]);
  const [round2, round3] = rounds;
  expect(round2).toHaveTextContent('at least 1,000 prisoners of war · each side · Agreed');
  expect(round2).toHaveTextContent('all soldiers under 25 · direction not given · Agreed');
  expect(within(round2!).getByText('at least 1,000 prisoners on each side')).toBeInTheDocument();
  expect(round2).toHaveTextContent('Civilians: not reported in the sources (Any figure on civilians at round 2)');
  expect(round2).toHaveTextContent('Bodies of the dead: not reported in the sources');

  expect(round3).toHaveTextContent(
    'at least 1,200 more prisoners of war · each side · Agreed · stated by Alex Negotiator',
  );
  expect(round3).toHaveTextContent('339 children on a list · direction not given · Claimed by Ukraine');
  expect(within(round3!).getByRole('region', { name: 'Sources disagree: Who announced the 1,200' })).toHaveTextContent(
    'The second negotiator said it.',
  );
  // A round's figures are its own: round 2's figure is not printed under round 3.
  expect(round3).not.toHaveTextContent('at least 1,000');
  expect(figures).not.toHaveTextContent('hidden by the current filters');
});

test('where the filters hide figures, the paper says so instead of printing a silence', () => {
  const { document } = renderDocument({
    filtersInWords: ['matching “third”'],
    visibleEventIds: new Set(['round-3']),
    events: [],
  });
  const figures = within(document).getByRole('region', { name: 'Figures by round' });
  expect(figures).toHaveTextContent('2 of 4 figures are hidden by the current filters.');
  const round2 = within(figures).getByRole('region', { name: 'Round 2 · 2 June 2025' });
  expect(within(round2).getByRole('heading', { level: 4, name: 'Prisoners of war' })).toBeInTheDocument();
  expect(round2).toHaveTextContent('2 figures hidden by the current filters');
  expect(round2).not.toHaveTextContent('at least 1,000');
  expect(round2).toHaveTextContent('Civilians: not reported in the sources');
  expect(within(figures).getByRole('region', { name: 'Round 3 · 23 July 2025' })).toHaveTextContent(
    'at least 1,200 more prisoners of war',
  );
  // The lead is the whole record whatever the filters, on screen and on paper; the paper says so.
  expect(within(document).getByRole('region', { name: 'What each round produced' })).toHaveTextContent(
    'The whole record, as on screen: the view’s filters apply to the parts below.',
  );
});

test('the document is in the page only while printing', () => {
  const dataset = fixtureWithTallies();
  render(
    <WhilePrinting>
      <PrintDocument dataset={dataset} title={TITLE} events={dataset.events} siteUrl="https://example.org/" />
    </WhilePrinting>,
  );
  expect(screen.queryByRole('region', { name: TITLE })).not.toBeInTheDocument();
  // The browser fires these around window.print() and Ctrl+P; the document must exist before layout, synchronously.
  window.dispatchEvent(new Event('beforeprint'));
  expect(screen.getByRole('region', { name: TITLE })).toHaveTextContent('View: all events and figures.');
  act(() => {
    window.dispatchEvent(new Event('afterprint'));
  });
  expect(screen.queryByRole('region', { name: TITLE })).not.toBeInTheDocument();
});
