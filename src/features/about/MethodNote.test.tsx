import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { realDataset } from '../../testing/real-dataset';
import { MethodNote } from './MethodNote';

test('says where the facts come from and the rules they keep, with the counts of the record', () => {
  const dataset = realDataset();
  render(<MethodNote dataset={dataset} />);
  const section = screen.getByRole('region', { name: 'How this record is made' });
  expect(section).toHaveTextContent(`${dataset.sources.length} news articles`);
  expect(section).toHaveTextContent(`${new Set(dataset.sources.map((s) => s.file)).size} captured web pages`);
  expect(section).toHaveTextContent(/copied exactly/);
  expect(section).toHaveTextContent(/not reported in the sources/);
  expect(section).toHaveTextContent(`(${dataset.conflicts.length} times)`);
});

test('a build that names where to report errors links to it; one that does not says whom to tell', () => {
  const { rerender } = render(<MethodNote dataset={realDataset()} reportUrl="mailto:editors@example.org" />);
  expect(screen.getByRole('link', { name: 'Report it to the editors' })).toHaveAttribute(
    'href',
    'mailto:editors@example.org',
  );
  rerender(<MethodNote dataset={realDataset()} />);
  expect(screen.queryByRole('link', { name: 'Report it to the editors' })).not.toBeInTheDocument();
  expect(screen.getByText(/Tell the editors who publish this record/)).toBeInTheDocument();
});
