import { expect, test } from 'vitest';
import { locateQuote, normaliseForQuote, normaliseWithOffsets, quoteKey } from './quote-text';

test('white space collapses and quote marks become one, as the data check has always compared', () => {
  expect(normaliseForQuote('  “We have”\u00a0 progress,\n he said ’s  ')).toBe("'We have' progress, he said 's");
});

test('each normalised character remembers where it came from', () => {
  const { text, offsets } = normaliseWithOffsets(' a \n b');
  expect(text).toBe('a b');
  expect(offsets).toEqual([1, 2, 5]);
});

test.each([
  ['straight quotes for curly ones', 'He said “no” today.', 'said "no" today', [3, 18]],
  ['an apostrophe of another kind', 'Ukraine’s chief delegate', "Ukraine's chief", [0, 15]],
  ['a line break where the quote has a space', 'first line\nsecond line', 'line second', [6, 17]],
  ['runs of spaces', 'a  lot   of space', 'lot of', [3, 11]],
] as const)('a quote is found with %s, at its original offsets', (_, text, quote, range) => {
  expect(locateQuote(text, quote)).toEqual(range);
  expect(normaliseForQuote(text.slice(range[0], range[1]))).toBe(normaliseForQuote(quote));
});

test('a quote that is not there, or is empty, is not found', () => {
  expect(locateQuote('Russia and Ukraine', 'Ukraine and Russia')).toBeNull();
  expect(locateQuote('Russia', '   ')).toBeNull();
});

test('the key depends on the words as compared, not on their quote marks or spacing', () => {
  expect(quoteKey('“We continue”  to insist')).toBe(quoteKey('"We continue" to insist'));
  expect(quoteKey('We continue to insist')).not.toBe(quoteKey('We continue to resist'));
  expect(quoteKey('x')).toMatch(/^[0-9a-z]{7}$/);
});
