import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, vi } from 'vitest';
import { quoteKey } from '../../data/quote-text';
import { findArticle, type ArticleEntry } from '../../data/source-documents';
import { realDataset } from '../../testing/real-dataset';
import { ArticleView } from './ArticleView';

const UMEROV =
  '"We have progress on the humanitarian track, with no progress on a cessation of hostilities," Ukraine\'s chief delegate Rustem Umerov said after talks that lasted just 40 minutes.';

function reuters() {
  const entry = findArticle('reuters-2025-07-23')!;
  const fileText = readFileSync(join(import.meta.dirname, '../../../data/sources', entry.document.file), 'utf8');
  return { entry, fileText };
}

test('the quote the address names is marked as the quoted passage and focused', () => {
  render(
    <ArticleView
      dataset={realDataset()}
      {...reuters()}
      requested={quoteKey(UMEROV)}
      cameFromPage={false}
      onBack={() => {}}
    />,
  );
  expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/^Russia, Ukraine discuss more POW swaps/);
  const quoted = screen.getByText(/^"We have progress on the humanitarian track/, { selector: 'mark' });
  expect(quoted).toHaveFocus();
  expect(quoted).toHaveTextContent(/^The quoted passage: ?"We have progress/);
  // Every passage it takes links to what cites it.
  expect(screen.getAllByRole('link', { name: /^Event: Third round of direct talks/ })[0]).toHaveAttribute(
    'href',
    '/e/round-3/',
  );
  expect(screen.getByText(/Page furniture, not the article/)).toHaveTextContent(/time stamp 'Reuters3 days ago'/);
});

test('a quote the article does not hold is said to be missing; the other passages stay marked', () => {
  render(
    <ArticleView dataset={realDataset()} {...reuters()} requested="zzzzzzz" cameFromPage={false} onBack={() => {}} />,
  );
  expect(screen.getByRole('status')).toHaveTextContent(/not one the record takes from this article/);
  expect(screen.queryByText('The quoted passage:')).not.toBeInTheDocument();
});

test('Back, for a reader who came from another page, is a button that goes back', async () => {
  const onBack = vi.fn();
  render(<ArticleView dataset={realDataset()} {...reuters()} requested={null} cameFromPage onBack={onBack} />);
  expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
  await userEvent.click(screen.getByRole('button', { name: '← Back' }));
  expect(onBack).toHaveBeenCalledOnce();
});

test('a shared link has no page to go back to: a link to the record instead', () => {
  render(
    <ArticleView dataset={realDataset()} {...reuters()} requested={null} cameFromPage={false} onBack={() => {}} />,
  );
  expect(screen.queryByRole('button', { name: '← Back' })).not.toBeInTheDocument();
  expect(screen.getByRole('link', { name: '← The record' })).toHaveAttribute('href', '/');
});

test('hostile text in a source line is shown literally, and a quote of it is marked as text', () => {
  const hostile = '<img src=x onerror=alert(1)>';
  const dataset = realDataset();
  dataset.events[0]!.citations = [{ source: 'hostile-article', quote: hostile }];
  const base = findArticle('reuters-2025-07-23')!;
  const entry: ArticleEntry = {
    document: base.document,
    article: { ...base.article, id: 'hostile-article', lines: [1, 2], furniture: [] },
  };
  const fileText = `Headline\nA line with ${hostile} and <script>window.__pwned=1</script> in it.`;
  render(
    <ArticleView
      dataset={dataset}
      entry={entry}
      fileText={fileText}
      requested={quoteKey(hostile)}
      cameFromPage={false}
      onBack={() => {}}
    />,
  );
  const paragraph = screen.getByText(/A line with/);
  expect(paragraph).toHaveTextContent(
    `A line with The quoted passage:${hostile} (end of the quoted passage) and <script>window.__pwned=1</script> in it.`,
  );
  expect(within(paragraph).getByText(hostile, { exact: false, selector: 'mark' })).toBeInTheDocument();
  expect(screen.queryByRole('img')).not.toBeInTheDocument();
});
