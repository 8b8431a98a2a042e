import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { fixtureDataset } from '../../testing/fixture-dataset';
import { ChronologyList } from './ChronologyList';

test('lists every event in time order, whatever the dataset order', () => {
  render(<ChronologyList dataset={fixtureDataset()} />);
  const list = screen.getByRole('list', { name: 'Chronology' });
  const titles = within(list)
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);
  expect(titles).toEqual([
    'An interview last month',
    'Round 2: Second round',
    'A proposed window',
    'Round 3: Third round',
  ]);
});

test('shows each date with its precision and says when it was inferred', () => {
  render(<ChronologyList dataset={fixtureDataset()} />);
  const interview = screen.getByRole('article', { name: 'An interview last month' });
  expect(within(interview).getByText('April 2025')).toHaveAttribute('datetime', '2025-04');
  expect(interview).toHaveTextContent('date inferred');
  expect(interview).toHaveTextContent("'last month' in an article of 7 May 2025");
  const round3 = screen.getByRole('article', { name: 'Round 3: Third round' });
  expect(within(round3).getByText('23 July 2025, 20:37 local time')).toHaveAttribute('datetime', '2025-07-23T20:37');
  expect(screen.getByText('20 June 2025 – 30 June 2025')).toBeInTheDocument();
});

test("gives each person the role the sources attest on that event's date", () => {
  render(<ChronologyList dataset={fixtureDataset()} />);
  const round2 = screen.getByRole('article', { name: 'Round 2: Second round' });
  expect(within(round2).getByRole('list', { name: 'Actors' })).toHaveTextContent('Alex Negotiator, Defence Minister');
  const round3 = screen.getByRole('article', { name: 'Round 3: Third round' });
  expect(within(round3).getByRole('list', { name: 'Actors' })).toHaveTextContent(
    'Alex Negotiator, Security Council Secretary',
  );
});

test('opens the quotes behind an event', async () => {
  const user = userEvent.setup();
  render(<ChronologyList dataset={fixtureDataset()} />);
  const round3 = screen.getByRole('article', { name: 'Round 3: Third round' });
  await user.click(within(round3).getByText('Sources (1)'));
  expect(within(round3).getByText('The third meeting began at 8:37 p.m.')).toBeVisible();
  expect(round3).toHaveTextContent('Test Wire, “Delegations meet again”, 2 June 2025');
});

test('renders markup in the data as text, never as HTML', () => {
  const data = fixtureDataset();
  data.events[0]!.title = '<img src=x onerror="window.__pwned=1">';
  render(<ChronologyList dataset={data} />);
  expect(screen.queryByRole('img')).not.toBeInTheDocument();
  expect(screen.getByText(/<img src=x onerror=/)).toBeInTheDocument();
});

test('the rounds overview links each round to its entry in the chronology', async () => {
  const user = userEvent.setup();
  render(<ChronologyList dataset={fixtureDataset()} />);
  const overview = screen.getByRole('navigation', { name: 'The three rounds' });
  const links = within(overview).getAllByRole('link');
  expect(links.map((l) => l.textContent)).toEqual([
    'Round 2 · 2 June 2025Place not given in the sources · length not given in the sources',
    'Round 3 · 23 July 2025, 20:37 local timeIstanbul · “about 40 minutes”',
  ]);
  await user.click(links[1]!);
  expect(window.location.hash).toBe('#event-round-3');
});
