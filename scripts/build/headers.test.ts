import { expect, test } from 'vitest';
import { EMBED_HEADERS, FULL_PAGE_HEADERS, headersFile, headersFor, isEmbedPath } from './headers';

test('the full pages may be framed only by the site; the embed by anyone', () => {
  expect(FULL_PAGE_HEADERS['Content-Security-Policy']).toMatch(/; frame-ancestors 'self'$/);
  expect(FULL_PAGE_HEADERS['X-Frame-Options']).toBe('SAMEORIGIN');
  expect(EMBED_HEADERS['Content-Security-Policy']).toMatch(/; frame-ancestors \*$/);
  expect(EMBED_HEADERS).not.toHaveProperty('X-Frame-Options');
  // Both keep the page's own policy: only this origin's scripts.
  for (const headers of [FULL_PAGE_HEADERS, EMBED_HEADERS]) {
    expect(headers['Content-Security-Policy']).toContain("script-src 'self'");
  }
});

test.each([
  ['/embed/', true],
  ['/embed/?actors=turkey', true],
  ['/uk/embed/', true],
  ['/embed', true],
  ['/', false],
  ['/e/round-3/', false],
  ['/e/embed/', false],
  ['/embedded/', false],
  ['/sources/embed-x/', false],
])('%s is the embed view: %s', (path, embed) => {
  expect(isEmbedPath(path.split('?')[0]!, '/')).toBe(embed);
  expect(headersFor(path.split('?')[0]!, '/')).toBe(embed ? EMBED_HEADERS : FULL_PAGE_HEADERS);
});

test('under a base path, only that path counts', () => {
  expect(isEmbedPath('/record/embed/', '/record/')).toBe(true);
  expect(isEmbedPath('/embed/', '/record/')).toBe(false);
});

test('the _headers file names every page exactly, the embed without X-Frame-Options', () => {
  const file = headersFile(['', 'e/round-3/', 'embed/'], '/');
  const rules = file.trim().split('\n\n');
  expect(rules.map((rule) => rule.split('\n')[0])).toEqual(['/', '/e/round-3/', '/embed/', '/assets/*']);
  expect(rules[0]).toContain('X-Frame-Options: SAMEORIGIN');
  expect(rules[2]).toContain('frame-ancestors *');
  expect(rules[2]).not.toContain('X-Frame-Options');
  expect(file).not.toMatch(/^\/\*$/m);
});
