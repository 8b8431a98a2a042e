import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { realDataset } from '../../testing/real-dataset';
import { SourcesPage } from './SourcesPage';

test('lists the five pages and their ten articles, each linked to its view, with the rule that guards them', () => {
  render(<SourcesPage dataset={realDataset()} cameFromPage={false} onBack={() => {}} />);
  expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(5);
  expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(10);
  expect(screen.getByRole('link', { name: /^Russia-Ukraine peace talks: What was agreed/ })).toHaveAttribute(
    'href',
    '/sources/cgtn-2025-07/',
  );
  expect(screen.getByText(/must be found verbatim in its article, or the build fails/)).toBeInTheDocument();
  expect(screen.getAllByText(/^Off topic:/)).toHaveLength(2);
  expect(screen.getAllByText(/Not cited by the record\./)).toHaveLength(2);
  // A republished copy is credited to the report it carries.
  expect(screen.getByText(/^Reuters, republished by CGTN, published/)).toBeInTheDocument();
});

test('a reader who came from another page starts at the heading and can go back', async () => {
  const onBack = vi.fn();
  render(<SourcesPage dataset={realDataset()} cameFromPage onBack={onBack} />);
  expect(screen.getByRole('heading', { level: 2, name: 'Sources' })).toHaveFocus();
  await userEvent.click(screen.getByRole('button', { name: '← Back' }));
  expect(onBack).toHaveBeenCalledOnce();
});
