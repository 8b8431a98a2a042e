import { render, screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { quoteKey } from '../data/quote-text';
import { sourceIndex } from '../data/source-index';
import { fixtureWithCopies } from '../testing/fixture-dataset';
import { CitationList } from './CitationList';

const sources = sourceIndex(fixtureWithCopies());
const cite = (source: string, quote: string) => ({ source, quote });

test('a quote from a republished copy names the original and the page that reprints it', () => {
  render(<CitationList citations={[cite('broadcaster-copy', 'The talks lasted 40 minutes.')]} sources={sources} />);
  const item = screen.getByRole('listitem');
  expect(item).toHaveTextContent('The talks lasted 40 minutes.');
  expect(item).toHaveTextContent(
    'Test Wire, republished by Broadcaster, “What was agreed?”, publication date not shown on the page',
  );
});

test('an opinion piece is labelled as opinion beside its publisher', () => {
  render(<CitationList citations={[cite('column-0526', 'I hope the talks fail.')]} sources={sources} />);
  expect(screen.getByRole('listitem')).toHaveTextContent(
    'Daily Column (opinion), “Why I think the talks will fail”, 26 May 2025',
  );
});

test('quotes from a report and its copies are shown as one report, not as independent sources', () => {
  render(
    <CitationList
      citations={[
        cite('wire-0723', 'The talks lasted 40 minutes.'),
        cite('wire-0602', 'Delegations met again today.'),
        cite('broadcaster-copy', 'The talks lasted 40 minutes.'),
        cite('digest-rewrite', 'The meeting lasted just 40 minutes.'),
      ]}
      sources={sources}
    />,
  );
  const report = screen.getByRole('list', {
    name: 'One report by Test Wire, quoted from 3 pages (not 3 independent sources)',
  });
  const versions = within(report).getAllByRole('listitem');
  expect(versions).toHaveLength(3);
  expect(versions[0]).toHaveTextContent(
    /40 minutes\.Test Wire, “Talks end after 40 minutes”, 23 July 2025\. Read in the article/,
  );
  expect(versions[1]).toHaveTextContent(
    /^The talks lasted 40 minutes\.Test Wire, republished by Broadcaster, “What was agreed\?”/,
  );
  expect(versions[2]).toHaveTextContent(/^The meeting lasted just 40 minutes\.Digest, condensed from Test Wire/);
  // The other report keeps an entry of its own, outside the group.
  expect(within(report).queryByText('Delegations met again today.')).not.toBeInTheDocument();
  expect(screen.getByText('Delegations met again today.')).toBeInTheDocument();
  expect(screen.getAllByRole('list')).toHaveLength(2);
});

test('quotes from one article, or from independent articles, are listed one by one without a group', () => {
  render(
    <CitationList
      citations={[
        cite('wire-0602', 'Delegations met again today.'),
        cite('wire-0602', 'They met for an hour.'),
        cite('wire-0723', 'The talks lasted 40 minutes.'),
      ]}
      sources={sources}
    />,
  );
  expect(screen.getAllByRole('list')).toHaveLength(1);
  expect(screen.getAllByRole('listitem')).toHaveLength(3);
  expect(screen.queryByText(/One report by/)).not.toBeInTheDocument();
});

test('each quote links to its article, with the quote named in the address, by a name that starts with its words', () => {
  render(<CitationList citations={[cite('broadcaster-copy', 'The talks lasted “40 minutes”.')]} sources={sources} />);
  const link = screen.getByRole('link', { name: /^Read in the article by Broadcaster/ });
  expect(link).toHaveAttribute('href', `/sources/broadcaster-copy/#q-${quoteKey('The talks lasted "40 minutes".')}`);
});
