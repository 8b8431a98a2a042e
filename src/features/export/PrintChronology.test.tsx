import { act, render, screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { fixtureDataset } from '../../testing/fixture-dataset';
import { PrintChronology } from './PrintChronology';
import { WhilePrinting } from './WhilePrinting';

test('prints every event shown, in the order given, with its summary, actors, quotes and link', () => {
  const dataset = fixtureDataset();
  const shown = [dataset.events[2]!, dataset.events[0]!];
  render(
    <PrintChronology
      dataset={dataset}
      events={shown}
      filtersInWords={['rounds only']}
      getUrl={() => 'https://example.org/?round=all'}
      siteUrl="https://example.org/"
    />,
  );
  const section = screen.getByRole('region', { name: 'Chronology: 2 events' });
  expect(section).toHaveClass('hidden', 'print:block');
  expect(section).toHaveTextContent('View: rounds only. Printed from https://example.org/?round=all');
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
  expect(round3).toHaveTextContent('Link: https://example.org/e/round-3/');
});

test('renders markup in the data as text', () => {
  const dataset = fixtureDataset();
  dataset.events[1]!.summary = '<img src=x onerror="window.__pwned=1">';
  render(<PrintChronology dataset={dataset} events={dataset.events} siteUrl="https://example.org/" />);
  expect(screen.queryByRole('img')).not.toBeInTheDocument();
  expect(screen.getByText('<img src=x onerror="window.__pwned=1">')).toBeInTheDocument();
  expect(screen.getByText('All events.')).toBeInTheDocument();
});

test('the chronology is in the page only while printing', () => {
  const dataset = fixtureDataset();
  render(
    <WhilePrinting>
      <PrintChronology dataset={dataset} events={dataset.events} siteUrl="https://example.org/" />
    </WhilePrinting>,
  );
  expect(screen.queryByRole('region', { name: /^Chronology/ })).not.toBeInTheDocument();
  // The browser fires these around window.print() and Ctrl+P; the section must exist before layout, synchronously.
  window.dispatchEvent(new Event('beforeprint'));
  expect(screen.getByRole('region', { name: 'Chronology: 4 events' })).toBeInTheDocument();
  act(() => {
    window.dispatchEvent(new Event('afterprint'));
  });
  expect(screen.queryByRole('region', { name: /^Chronology/ })).not.toBeInTheDocument();
});
