// @vitest-environment jsdom

import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { formatEdtf } from '../../src/data/edtf-parse';
import { realDataset } from '../../src/testing/real-dataset';
import { escapeHtml } from './html';
import { eventTitle, shorten, sitePages } from './pages';
import { SITE_DESCRIPTION, SITE_TITLE, siteUrlFrom } from './site';

test('escapes everything that could end an attribute or open a tag', () => {
  expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
    '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
  );
});

test.each([
  [undefined, null],
  ['', null],
  ['https://example.org', 'https://example.org/'],
  ['https://example.org/talks', 'https://example.org/talks/'],
  [' https://example.org/talks/ ', 'https://example.org/talks/'],
])('SITE_ORIGIN %j gives %s', (value, site) => {
  expect(siteUrlFrom(value)).toBe(site);
});

test.each(['example.org', 'ftp://example.org', 'javascript:alert(1)', 'https://example.org/?a=1', 'https://x.org/#y'])(
  'SITE_ORIGIN %j stops the build',
  (value) => {
    expect(() => siteUrlFrom(value)).toThrow(/SITE_ORIGIN/);
  },
);

test('long descriptions are cut at a word, short ones kept whole', () => {
  expect(shorten('a  short\n text')).toBe('a short text');
  const long = shorten(`${'word '.repeat(100)}end`);
  expect(long.length).toBeLessThanOrEqual(300);
  expect(long).toMatch(/word…$/);
});

test('the home page says what index.html says', () => {
  const doc = new DOMParser().parseFromString(readFileSync('index.html', 'utf8'), 'text/html');
  expect(doc.title).toBe(SITE_TITLE);
  expect(doc.querySelector('meta[name=description]')?.getAttribute('content')).toBe(SITE_DESCRIPTION);
  const home = sitePages(realDataset())[0]!;
  expect(home).toMatchObject({
    file: 'index.html',
    path: '',
    meta: { title: SITE_TITLE, description: SITE_DESCRIPTION },
  });
});

test('every event of the real dataset gets its page, described by its title, date, place and summary', () => {
  const dataset = realDataset();
  const pages = sitePages(dataset);
  const events = pages.filter((page) => page.path.startsWith('e/'));
  expect(events).toHaveLength(dataset.events.length);
  for (const [i, page] of events.entries()) {
    const event = dataset.events[i]!;
    expect(page.file).toBe(`e/${event.id}/index.html`);
    expect(page.path).toBe(`e/${event.id}/`);
    expect(page.meta.title).toBe(eventTitle(event));
    expect(page.meta.description.startsWith(formatEdtf(event.date))).toBe(true);
    expect(page.meta.description.length).toBeLessThanOrEqual(300);
  }
});

test('the not-found page is a page of its own, at a path no event has, not to be indexed', () => {
  const pages = sitePages(realDataset());
  const missing = pages.find((page) => page.file === '404.html')!;
  expect(missing.meta.noindex).toBe(true);
  expect(pages.filter((page) => page.path === missing.path)).toHaveLength(1);
});

test('the home page and every event have a Ukrainian and a Russian page, in that language, listing all three', () => {
  const dataset = realDataset();
  const pages = sitePages(dataset);
  for (const lang of ['uk', 'ru'] as const) {
    const home = pages.find((page) => page.file === `${lang}/index.html`)!;
    expect(home).toMatchObject({ path: `${lang}/`, lang, meta: { lang, path: `${lang}/` } });
    expect(home.meta.title).toMatch(/Стамбульс/);
    const round3 = pages.find((page) => page.file === `${lang}/e/round-3/index.html`)!;
    expect(round3.meta.title).toMatch(/^Раунд 3: \p{Script=Cyrillic}/u);
    expect(round3.meta.description).toMatch(/липня|июля/);
    expect(round3.meta.alternates).toEqual({ en: 'e/round-3/', uk: 'uk/e/round-3/', ru: 'ru/e/round-3/' });
    expect(pages.filter((page) => page.path.startsWith(`${lang}/e/`))).toHaveLength(dataset.events.length);
  }
});

test('the sources page and a view for each of the ten articles are pages of their own, without the timeline', () => {
  const pages = sitePages(realDataset()).filter((page) => page.path.startsWith('sources/'));
  expect(pages.map((p) => p.file)).toContain('sources/index.html');
  expect(pages.map((p) => p.path)).toContain('sources/cgtn-2025-07/');
  expect(pages).toHaveLength(11);
  expect(pages.every((p) => p.timeline === false)).toBe(true);
  expect(pages.find((p) => p.path === 'sources/reuters-2025-07-23/')?.meta.title).toBe(
    "Reuters: Russia, Ukraine discuss more POW swaps; no deal on ceasefire or leaders' meeting",
  );
});
