import { render, screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { TalliesView } from './TalliesView';
import { realDataset } from '../../testing/real-dataset';

const words = (figure: string) => figure.replace(/^≥/, 'at least ').replace(/^~/, 'about ');

test('each bar’s figure is a figure of the table, for the same round', () => {
  const dataset = realDataset();
  render(<TalliesView dataset={dataset} onSelectEvent={() => {}} />);
  const chart = screen.getByRole('img', { name: 'Bar chart of the figures by kind and round' });
  const captions = within(chart)
    .getAllByText(/^Round \d · [≥~]?[\d,]+/)
    .map((t) => t.textContent!);
  const numeric = dataset.tallies.filter((t) => t.count !== null);
  expect(captions).toHaveLength(numeric.length);
  const table = screen.getByRole('table', { name: 'Figures by round' });
  for (const caption of captions) {
    const [, round, figure] = /^Round (\d) · (\S+)/.exec(caption)!;
    const name = new RegExp(`^${words(figure!)} .*, round ${round}: sources$`);
    expect(within(table).getAllByRole('button', { name }).length, caption).toBeGreaterThan(0);
  }
});

test('bars carry their qualifier and status, claims who makes them, and silences stay silences', () => {
  render(<TalliesView dataset={realDataset()} onSelectEvent={() => {}} />);
  const chart = screen.getByRole('img', { name: 'Bar chart of the figures by kind and round' });
  expect(within(chart).getByText('Round 3 · ≥1,200 each side · agreed')).toBeInTheDocument();
  expect(within(chart).getByText('Round 2 · ~6,000 each side · agreed')).toBeInTheDocument();
  expect(within(chart).getByText('Round 3 · 3,000 to Ukraine · offered')).toBeInTheDocument();
  expect(within(chart).getByText('Round 3 · 339 · claimed by Ukraine')).toBeInTheDocument();
  expect(within(chart).getAllByText('Round 1 · not reported in the sources')).toHaveLength(4);
  expect(within(chart).getByText('Round 3 · no number given')).toBeInTheDocument();
});

test('the chart’s description states every bar in words', () => {
  render(<TalliesView dataset={realDataset()} onSelectEvent={() => {}} />);
  const chart = screen.getByRole('img', { name: 'Bar chart of the figures by kind and round' });
  expect(chart).toHaveAccessibleDescription(
    /^Prisoners of war: Round 1 · not reported in the sources; Round 2 · ≥1,000/,
  );
  expect(chart).toHaveAccessibleDescription(/Round 3 · 3,000 to Ukraine · offered \(Ukrainian bodies Russia offered/);
});
