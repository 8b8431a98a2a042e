import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { realDataset } from '../testing/real-dataset';
import {
  allCitations,
  articleCounts,
  articleParagraphs,
  articleText,
  locateCitations,
  paragraphSegments,
  type SourceCitation,
} from './source-articles';
import { findArticle, manifestDateWords, sourceDocuments } from './source-documents';
import { quoteKey } from './quote-text';

const FILE = [
  'logo',
  'Headline',
  '',
  'Headline',
  '  time3 days ago',
  'He said “we agree”.',
  'Next   line',
  'advert',
].join('\n');
const ARTICLE = {
  lines: [2, 7] as [number, number],
  furniture: [{ lines: [4, 5] as [number, number], what: 'stamp' }],
};

const cite = (quote: string, id = 'e1', source = 'a'): SourceCitation => ({
  source,
  quote,
  key: quoteKey(quote),
  citer: { kind: 'event', id, label: id },
});

test('paragraphs are the non-empty lines of the article, furniture marked by the manifest lines', () => {
  expect(articleParagraphs(FILE, ARTICLE)).toEqual([
    { line: 2, text: 'Headline', offset: 0 },
    { line: 4, text: 'Headline', offset: 10, furniture: 'stamp' },
    { line: 5, text: 'time3 days ago', offset: 21, furniture: 'stamp' },
    { line: 6, text: 'He said “we agree”.', offset: 36 },
    { line: 7, text: 'Next   line', offset: 56 },
  ]);
});

test('a quote with other quote marks and spacing is marked where it stands, even across two lines', () => {
  const text = articleText(FILE, ARTICLE.lines);
  const { located, missing } = locateCitations(text, [cite('said "we agree". Next line'), cite('nowhere')]);
  expect(missing.map((m) => m.quote)).toEqual(['nowhere']);
  const [paragraph6, paragraph7] = articleParagraphs(FILE, ARTICLE).slice(3);
  const key = quoteKey('said "we agree". Next line');
  expect(paragraphSegments(paragraph6!, located)).toEqual([
    { text: 'He ', keys: [], starts: [], ends: [] },
    { text: 'said “we agree”.', keys: [key], starts: [key], ends: [] },
  ]);
  expect(paragraphSegments(paragraph7!, located)).toEqual([
    { text: 'Next   line', keys: [key], starts: [], ends: [key] },
  ]);
});

test('overlapping quotes cut the text where each starts and ends; one quote cited twice is one mark', () => {
  const paragraph = { line: 1, text: 'one two three four', offset: 0 };
  const { located } = locateCitations(paragraph.text, [
    cite('one two three'),
    cite('two three four', 'e2'),
    cite('one two three', 'e3'),
  ]);
  expect(located.map((q) => q.citers.map((c) => c.id))).toEqual([['e1', 'e3'], ['e2']]);
  const [a, b] = [quoteKey('one two three'), quoteKey('two three four')];
  expect(paragraphSegments(paragraph, located)).toEqual([
    { text: 'one ', keys: [a], starts: [a], ends: [] },
    { text: 'two three', keys: [a, b], starts: [b], ends: [a] },
    { text: ' four', keys: [b], starts: [], ends: [b] },
  ]);
});

test('hostile text in a source line stays text: segments are plain strings, never markup', () => {
  const hostile = 'Note <img src=x onerror=alert(1)> and "quoted" words';
  const paragraph = { line: 1, text: hostile, offset: 0 };
  const { located } = locateCitations(hostile, [cite('<img src=x onerror=alert(1)>')]);
  const segments = paragraphSegments(paragraph, located);
  expect(segments.map((s) => s.text).join('')).toBe(hostile);
  expect(segments[1]).toMatchObject({ text: '<img src=x onerror=alert(1)>' });
});

test('every quote of the record is found in its article by the same rule as the check, and none in furniture', () => {
  const dataset = realDataset();
  const citations = allCitations(dataset);
  expect(citations.length).toBeGreaterThan(150);
  for (const source of dataset.sources) {
    const entry = findArticle(source.id)!;
    const file = readFileSync(join(import.meta.dirname, '../../data/sources', entry.document.file), 'utf8');
    const own = citations.filter((c) => c.source === source.id);
    const { located, missing } = locateCitations(articleText(file, entry.article.lines), own);
    expect(missing, source.id).toEqual([]);
    expect(new Set(own.map((c) => c.key)).size, `${source.id}: one key per distinct quote`).toBe(located.length);
    const paragraphs = articleParagraphs(file, entry.article);
    for (const q of located) {
      const touched = paragraphs.filter((p) => paragraphSegments(p, [q]).some((s) => s.keys.length > 0));
      expect(touched.length, q.quote).toBeGreaterThan(0);
      expect(
        touched.filter((p) => p.furniture),
        q.quote,
      ).toEqual([]);
    }
  }
});

test('counts of what cites an article: events, figures and roles, each counted once', () => {
  const citations = allCitations(realDataset());
  const counts = articleCounts('reuters-2025-07-23', citations);
  expect(counts.events).toBeGreaterThan(5);
  expect(counts.tallies).toBeGreaterThan(0);
  expect(articleCounts('independent-uk-gaza-airdrops', citations)).toEqual({
    events: 0,
    tallies: 0,
    roles: 0,
    claims: 0,
  });
});

test('the manifest holds five documents and ten articles, two of them off-topic; its dates read as words', () => {
  expect(sourceDocuments).toHaveLength(5);
  expect(sourceDocuments.flatMap((d) => d.articles)).toHaveLength(10);
  expect(manifestDateWords({}, '2025-06-05~')).toBe('about 5 June 2025');
  expect(manifestDateWords({}, null)).toBe('not shown on the page');
  expect(manifestDateWords({}, '2025-07-23/2025-07-27')).toBe('2025-07-23/2025-07-27');
});
