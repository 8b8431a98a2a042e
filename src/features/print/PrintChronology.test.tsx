import { render, screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { sourceIndex } from '../../data/source-index';
import { fixtureDataset } from '../../testing/fixture-dataset';
import { PrintChronology } from './PrintChronology';

test('prints every event shown, in the order given, with its summary, actors, quotes and link', () => {
  const dataset = fixtureDataset();
  const shown = [dataset.events[2]!, dataset.events[0]!];
  render(
    <PrintChronology dataset={dataset} sources={sourceIndex(dataset)} events={shown} siteUrl="https://example.org/" />,
  );
  const section = screen.getByRole('region', { name: 'Chronology: 2 events' });
  const entries = within(section).getAllByRole('article');
  expect(entries.map((e) => e.getAttribute('aria-labelledby'))).toEqual(['print-round-2', 'print-round-3']);
  const round3 = within(section).getByRole('article', { name: 'Round 3: Third round' });
  expect(round3).toHaveTextContent(
    '23 July 2025, 20:37 local time · Negotiation rounds · Istanbul · lasted “about 40 minutes”',
  );
  expect(round3).toHaveTextContent('Actors: Alex Negotiator (Security Council Secretary)');
  expect(round3).toHaveTextContent('The third meeting.');
  expect(within(round3).getByText('The third meeting began at 8:37 p.m.')).toBeInTheDocument();
  expect(round3).toHaveTextContent('Test Wire, “Delegations meet again”, 2 June 2025');
  // On paper the address is the link's own text, so it survives a printer that drops links.
  expect(within(round3).getByRole('link', { name: 'https://example.org/e/round-3/' })).toHaveAttribute(
    'href',
    'https://example.org/e/round-3/',
  );
});

test('says so when the view holds no event', () => {
  const dataset = fixtureDataset();
  render(
    <PrintChronology dataset={dataset} sources={sourceIndex(dataset)} events={[]} siteUrl="https://example.org/" />,
  );
  expect(screen.getByRole('region', { name: 'Chronology: 0 events' })).toHaveTextContent('No event is in this view.');
});

test('renders markup in the data as text', () => {
  const dataset = fixtureDataset();
  dataset.events[1]!.summary = '<img src=x onerror="window.__pwned=1">';
  render(
    <PrintChronology
      dataset={dataset}
      sources={sourceIndex(dataset)}
      events={dataset.events}
      siteUrl="https://example.org/"
    />,
  );
  expect(screen.queryByRole('img')).not.toBeInTheDocument();
  expect(screen.getByText('<img src=x onerror="window.__pwned=1">')).toBeInTheDocument();
});
