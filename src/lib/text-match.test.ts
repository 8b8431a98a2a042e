import fc from 'fast-check';
import { expect, test } from 'vitest';
import { fold, highlightSegments, matchesAllWords, queryWords } from './text-match';

test.each([
  ['Erdogan', 'Recep Tayyip Erdoğan'],
  ['erdoğan', 'Erdogan'],
  ['ZELENSKIY', 'Volodymyr Zelenskiy'],
  ['cirağan', 'Çırağan Palace'],
  ['ciragan', 'Çırağan Palace'],
])('%j finds %j', (query, text) => {
  expect(matchesAllWords(queryWords(query), [text])).toBe(true);
});

test('every word must match, in any of the texts', () => {
  expect(matchesAllWords(queryWords('bodies 6,000'), ['agreement on bodies', 'some 6,000 each'])).toBe(true);
  expect(matchesAllWords(queryWords('bodies children'), ['agreement on bodies'])).toBe(false);
  expect(matchesAllWords([], ['anything'])).toBe(true);
});

test('query words drop surrounding punctuation and quotes', () => {
  expect(queryWords('  "Medinsky", (Umerov)  ')).toEqual(['medinsky', 'umerov']);
});

test('highlighting marks the original characters, accents included', () => {
  const segments = highlightSegments('Talks at Çırağan Palace', queryWords('ciragan'));
  expect(segments).toEqual([
    { text: 'Talks at ', match: false },
    { text: 'Çırağan', match: true },
    { text: ' Palace', match: false },
  ]);
});

test('highlighting keeps its place after characters outside the basic plane', () => {
  const segments = highlightSegments('🕊️ talks at Çırağan, 🕊️ again', queryWords('ciragan again'));
  expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['Çırağan', 'again']);
});

test('highlighting marks every occurrence of every word', () => {
  const marked = highlightSegments('POW swap; more POWs', queryWords('pow'))
    .filter((s) => s.match)
    .map((s) => s.text);
  expect(marked).toEqual(['POW', 'POW']);
});

test('highlighting never changes the text, whatever it is', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (text, query) => {
      const segments = highlightSegments(text, queryWords(query));
      expect(segments.map((s) => s.text).join('')).toBe(text);
    }),
  );
});

test('plain ASCII text is marked exactly as the character-by-character fold marks it', () => {
  // A no-break space is not ASCII, so it sends the text down the general path, and no query word holds one (words
  // are split on white space), so it adds no mark of its own.
  const marks = (segments: { text: string; match: boolean }[]) =>
    segments.flatMap((s) => Array.from(s.text, () => s.match));
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme-ascii' }), fc.string(), (text, query) => {
      const words = queryWords(query);
      const general = marks(highlightSegments(`${text}\u00a0`, words)).slice(0, text.length);
      expect(marks(highlightSegments(text, words))).toEqual(general);
    }),
  );
});

test('folding is idempotent', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      expect(fold(fold(s))).toBe(fold(s));
    }),
  );
});
