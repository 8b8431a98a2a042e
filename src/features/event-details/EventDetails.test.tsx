import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { chronology } from '../../data/chronology';
import { realDataset } from '../../testing/real-dataset';
import { EventDetails } from './EventDetails';
import { splitSummary } from './summary-parts';

const data = realDataset();
const entries = chronology(data);

function renderDetails(id: string) {
  const entry = entries.find((e) => e.event.id === id)!;
  const { unmount } = render(<EventDetails dataset={data} entry={entry} headingId="details-heading" highlight={[]} />);
  return { entry, details: screen.getByRole('article'), user: userEvent.setup(), unmount };
}

test('reads top down: title, summary, figures, quotes, how the date was worked out, disagreements, silences', () => {
  const { details, entry } = renderDetails('round-3');
  expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/^Round 3 Third round of direct talks/);
  expect(
    within(details)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent),
  ).toEqual([
    'Figures',
    'Sources',
    'How the date was worked out',
    'Where the sources disagree',
    'Not reported in the sources',
  ]);
  // The summary comes before the figures, and the date's reasoning after the quotes.
  const text = details.textContent!;
  const { lead } = splitSummary(entry.event.summary);
  expect(text.indexOf(lead)).toBeGreaterThan(-1);
  expect(text.indexOf(lead)).toBeLessThan(text.indexOf('Figures'));
  expect(text.indexOf('Worked out by joining two reports')).toBeGreaterThan(text.indexOf('Sources'));
});

test("the summary's first sentence stands apart from the rest", () => {
  renderDetails('round-3');
  const { lead, rest } = splitSummary(entries.find((e) => e.event.id === 'round-3')!.event.summary);
  expect(rest).not.toBe('');
  expect(screen.getByText(lead)).not.toBe(screen.getByText(rest));
});

test('says where and how long only when the sources say so, never "not given"', () => {
  const { details, unmount } = renderDetails('operation-spiderweb');
  expect(details).not.toHaveTextContent(/\bPlace\b|\bLength\b|lasted/);
  expect(screen.queryByText(/^not given/)).not.toBeInTheDocument();
  expect(details).toHaveTextContent('1 June 2025 (inferred)');
  unmount();
  const round1 = renderDetails('round-1').details;
  expect(round1).toHaveTextContent('Istanbul · lasted “ended within two hours”');
});

test('long sections fold: who took part, the quotes for each figure, each disagreement', async () => {
  const { user } = renderDetails('round-3');
  const umerov = screen.getByText('Rustem Umerov');
  expect(umerov).not.toBeVisible();
  await user.click(screen.getByText('Who took part (6)'));
  expect(umerov).toBeVisible();
  expect(screen.getAllByText('Quotes for this figure')).toHaveLength(4);
  const weekday = screen.getByRole('region', { name: /Sources disagree: On which day of the week round 3/ });
  expect(weekday).not.toBeVisible();
  await user.click(screen.getByText('On which day of the week round 3 took place'));
  expect(weekday).toBeVisible();
});

test('no event’s details name a source file or an internal id: sources are named in reader words', () => {
  for (const { event } of entries) {
    const { details, unmount } = renderDetails(event.id);
    expect(details, event.id).not.toHaveTextContent(/\bfiles? ?\d|\.txt\b|\bconflict '/i);
    unmount();
  }
});
