import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { fixtureDataset } from '../../testing/fixture-dataset';
import { sourceIndex } from '../../data/source-index';
import { CiteButton } from './CiteButton';

const props = {
  title: 'The 2025 Istanbul talks — a sourced record',
  filtersInWords: ['round 3'],
  getUrl: () => 'https://example.org/?event=round-3',
  accessed: new Date(2025, 10, 21, 12),
};

test('opens a panel with the view cited as plain text and BibTeX', async () => {
  const user = userEvent.setup();
  render(<CiteButton {...props} />);
  const toggle = screen.getByRole('button', { name: 'Cite this view' });
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  expect(screen.queryByRole('region', { name: 'Cite this view' })).not.toBeInTheDocument();

  await user.click(toggle);
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  expect(screen.getByRole('region', { name: 'Cite this view' })).toBeVisible();
  expect(screen.getByRole('textbox', { name: 'Plain text' })).toHaveValue(
    'The 2025 Istanbul talks — a sourced record. View: round 3. https://example.org/?event=round-3 (accessed 21 November 2025).',
  );
  const bibtex = screen.getByRole('textbox', { name: 'BibTeX' });
  expect(bibtex).toHaveAttribute('readonly');
  expect(bibtex).toHaveDisplayValue(/urldate = \{2025-11-21\}/);

  await user.click(toggle);
  expect(screen.queryByRole('region', { name: 'Cite this view' })).not.toBeInTheDocument();
});

test('Escape closes the panel and puts focus back on its button', async () => {
  const user = userEvent.setup();
  render(<CiteButton {...props} />);
  const toggle = screen.getByRole('button', { name: 'Cite this view' });
  await user.click(toggle);
  await user.click(screen.getByRole('textbox', { name: 'BibTeX' }));
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('region', { name: 'Cite this view' })).not.toBeInTheDocument();
  expect(toggle).toHaveFocus();
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
});

test('copies to the clipboard and confirms it in a live region', async () => {
  const user = userEvent.setup();
  render(<CiteButton {...props} />);
  await user.click(screen.getByRole('button', { name: 'Cite this view' }));
  await user.click(screen.getByRole('button', { name: 'Copy BibTeX' }));
  expect(screen.getByRole('status')).toHaveTextContent('Copied BibTeX.');
  expect(await navigator.clipboard.readText()).toMatch(/^@misc\{istanbul-talks-2025-view-2025-11-21,/);
  await user.click(screen.getByRole('button', { name: 'Copy plain text' }));
  expect(screen.getByRole('status')).toHaveTextContent('Copied plain text.');
  expect(await navigator.clipboard.readText()).toMatch(/^The 2025 Istanbul talks/);
});

test('without a clipboard, selects the text and says how to copy it', async () => {
  const user = userEvent.setup();
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  render(<CiteButton {...props} />);
  await user.click(screen.getByRole('button', { name: 'Cite this view' }));
  await user.click(screen.getByRole('button', { name: 'Copy plain text' }));
  const text = screen.getByRole('textbox', { name: 'Plain text' });
  expect(text).toHaveFocus();
  expect(text).toHaveProperty('selectionStart', 0);
  expect(text).toHaveProperty('selectionEnd', (text as HTMLTextAreaElement).value.length);
  expect(screen.getByRole('status')).toHaveTextContent(/Could not copy: the plain text is selected, press Ctrl\+C/);
});

test("offers the selected event's own sources, and shows markup in the data as text", async () => {
  const user = userEvent.setup();
  const dataset = fixtureDataset();
  const event = { ...dataset.events[0]!, title: '<img src=x onerror="alert(1)"> & co' };
  render(<CiteButton {...props} event={event} sources={sourceIndex(dataset)} />);
  await user.click(screen.getByRole('button', { name: 'Cite this view' }));
  expect(screen.getByRole('textbox', { name: 'Sources of “<img src=x onerror="alert(1)"> & co”' })).toHaveValue(
    'Test Wire, “Delegations meet again”, 2 June 2025: “The third meeting began at 8:37 p.m.”',
  );
  expect(screen.queryByRole('img')).not.toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: "Copy the event's sources" }));
  expect(screen.getByRole('status')).toHaveTextContent("Copied event's sources.");
});
