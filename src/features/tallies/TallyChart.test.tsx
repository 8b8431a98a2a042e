import { render, screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { TalliesView } from './TalliesView';
import { realDataset } from '../../testing/real-dataset';

const chartName = 'Bar chart of the figures by kind, direction and round';

test('each bar’s figure is a figure of the table, for the same round, in words', () => {
  const dataset = realDataset();
  render(<TalliesView dataset={dataset} onSelectEvent={() => {}} />);
  const chart = screen.getByRole('img', { name: chartName });
  const captions = within(chart)
    .getAllByText(/^Round \d · [^:]+: /)
    .map((t) => t.textContent!);
  const numeric = dataset.tallies.filter((t) => t.count !== null && t.qualifier !== 'all');
  expect(captions).toHaveLength(numeric.length);
  const table = screen.getByRole('table', { name: 'Figures by round' });
  for (const caption of captions) {
    const [, round, figure] = /^Round (\d) · [^:]+: ((?:at least |about )?[\d,]+)/.exec(caption)!;
    const name = new RegExp(`^${figure} .*, round ${round}: sources$`);
    expect(within(table).getAllByRole('button', { name }).length, caption).toBeGreaterThan(0);
  }
});

test('bars carry their status and qualifier in words, claims who makes them, and silences stay silences', () => {
  render(<TalliesView dataset={realDataset()} onSelectEvent={() => {}} />);
  const chart = screen.getByRole('img', { name: chartName });
  expect(within(chart).getByText('Round 3 · agreed: at least 1,200 each side')).toBeInTheDocument();
  expect(within(chart).getByText('Round 2 · agreed: about 6,000 each side')).toBeInTheDocument();
  expect(within(chart).getByText('Round 3 · offered: 3,000 to Ukraine')).toBeInTheDocument();
  expect(within(chart).getByText('Round 3 · claimed by Ukraine: 339')).toBeInTheDocument();
  expect(within(chart).getAllByText('Round 1 · not reported in the sources')).toHaveLength(4);
  expect(within(chart).getByText('Round 3 · no number given')).toBeInTheDocument();
  expect(chart.textContent).not.toMatch(/[≥~]/);
});

test('each direction is its own labelled group: “each side” and “to Ukraine” never share a scale unlabelled', () => {
  render(<TalliesView dataset={realDataset()} onSelectEvent={() => {}} />);
  const chart = screen.getByRole('img', { name: chartName });
  const texts = within(chart)
    .getAllByText(/./, { selector: 'text' })
    .map((t) => t.textContent);
  const bodies = texts.slice(texts.indexOf('Bodies of the dead'), texts.indexOf('Civilians'));
  expect(bodies).toEqual([
    'Bodies of the dead',
    'Round 1 · not reported in the sources',
    'Each side',
    'Round 2 · agreed: about 6,000 each side',
    'bodies of fighters killed in action, to be handed over for',
    'burial',
    'To Ukraine',
    'Round 3 · offered: 3,000 to Ukraine',
    'Ukrainian bodies Russia offered to hand over',
  ]);
  expect(screen.getByText(/Each kind and direction has its own scale/)).toBeInTheDocument();
});

test('a key names each status shown, with its pattern in words as well as its colour', () => {
  render(<TalliesView dataset={realDataset()} onSelectEvent={() => {}} />);
  const key = screen.getByRole('list', { name: 'Key' });
  expect(
    within(key)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(['Agreed: solid', 'Offered: striped', 'Claimed: dotted']);
});

test('the chart’s description states every bar in words', () => {
  render(<TalliesView dataset={realDataset()} onSelectEvent={() => {}} />);
  const chart = screen.getByRole('img', { name: chartName });
  expect(chart).toHaveAccessibleDescription(
    /^Prisoners of war: Round 1 · not reported in the sources; each side, on one scale: Round 2 · agreed: at least 1,000 each side \(prisoners of war\);/,
  );
  expect(chart).toHaveAccessibleDescription(
    /to ukraine, on one scale: Round 3 · offered: 3,000 to Ukraine \(Ukrainian bodies Russia offered/,
  );
});
