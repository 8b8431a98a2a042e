import { expect, test } from 'vitest';
import { pathIn, splitLocale } from './locale';

test.each([
  ['/', 'en', ''],
  ['/uk/', 'uk', ''],
  ['/uk', 'uk', ''],
  ['/ru/e/round-3/', 'ru', 'e/round-3/'],
  ['/e/round-3/', 'en', 'e/round-3/'],
  ['/ukraine/', 'en', 'ukraine/'],
])('%s is in %s, with %o below the prefix', (path, locale, rest) => {
  expect(splitLocale(path, '/')).toEqual({ locale, rest });
});

test('the same page in another language keeps the path below the prefix, under the site base', () => {
  expect(pathIn('uk', '/record/e/round-3/', '/record/')).toBe('/record/uk/e/round-3/');
  expect(pathIn('en', '/record/ru/e/round-3/', '/record/')).toBe('/record/e/round-3/');
  expect(pathIn('ru', '/uk/', '/')).toBe('/ru/');
});
