// @vitest-environment jsdom

import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { formatEdtf } from '../../src/data/edtf-parse';
import { fixtureDataset } from '../../src/testing/fixture-dataset';
import { realDataset } from '../../src/testing/real-dataset';
import { escapeHtml } from './html';
import { homeMeta, metaTags } from './meta-tags';
import { eventPreviewPage, eventTitle, previewPages, shorten } from './preview-page';
import { SITE_DESCRIPTION, SITE_TITLE, siteUrlFrom } from './site';

const SITE = 'https://example.org/talks/';

function parse(html: string) {
  return new DOMParser().parseFromString(html, 'text/html');
}
const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');

test('escapes everything that could end an attribute or open a tag', () => {
  expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
    '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
  );
});

test.each([
  [undefined, 'http://127.0.0.1:4173/'],
  ['', 'http://127.0.0.1:4173/'],
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

test('a hostile title and summary come out as the same text, in tags and body alike, and run nothing', () => {
  const event = fixtureDataset().events[0]!;
  event.title = `</title><script>alert("x")</script> Tom & Jerry's "deal" <b>`;
  event.summary = `"><img src=x onerror=alert(1)> & more `;
  event.place = `<Ist&anbul>`;
  const html = eventPreviewPage(event, SITE);
  expect(html).not.toMatch(/<script|<img|<b>/i);
  const doc = parse(html);
  expect(doc.querySelectorAll('script, img, b')).toHaveLength(0);
  expect(meta(doc, 'og:title')).toBe(`Round 3: ${event.title}`);
  expect(meta(doc, 'twitter:title')).toBe(`Round 3: ${event.title}`);
  expect(meta(doc, 'og:description')).toBe(
    `23 July 2025, 20:37 local time, <Ist&anbul>. "><img src=x onerror=alert(1)> & more`,
  );
  expect(doc.title).toBe(`Round 3: ${event.title} — ${SITE_TITLE}`);
  expect(doc.querySelector('h1')?.textContent).toBe(`Round 3: ${event.title}`);
});

test('the home page tags carry the site title, description and absolute address', () => {
  const doc = parse(`<html><head>${metaTags(homeMeta(SITE))}</head></html>`);
  expect(meta(doc, 'og:title')).toBe(SITE_TITLE);
  expect(meta(doc, 'og:description')).toBe(SITE_DESCRIPTION);
  expect(meta(doc, 'og:url')).toBe(SITE);
  expect(meta(doc, 'og:image')).toBe(`${SITE}icon-512.png`);
  expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(SITE);
});

test('the home page tags say what index.html says', () => {
  const doc = parse(readFileSync('index.html', 'utf8'));
  expect(doc.title).toBe(SITE_TITLE);
  expect(meta(doc, 'description')).toBe(SITE_DESCRIPTION);
});

test('every event of the real dataset gets a page whose tags describe it and which leads to the app on it', () => {
  const dataset = realDataset();
  const pages = previewPages(dataset, SITE);
  expect(pages).toHaveLength(dataset.events.length);
  for (const [i, page] of pages.entries()) {
    const event = dataset.events[i]!;
    const pageUrl = `${SITE}e/${event.id}/`;
    expect(page.path).toBe(`e/${event.id}/index.html`);
    const doc = parse(page.html);
    expect(meta(doc, 'og:title')).toBe(eventTitle(event));
    expect(meta(doc, 'og:description')!.startsWith(`${formatEdtf(event.date)}`)).toBe(true);
    expect(meta(doc, 'og:description')!.length).toBeLessThanOrEqual(300);
    expect(meta(doc, 'description')).toBe(meta(doc, 'og:description'));
    expect(meta(doc, 'twitter:description')).toBe(meta(doc, 'og:description'));
    expect(meta(doc, 'og:url')).toBe(pageUrl);
    expect(meta(doc, 'og:type')).toBe('article');
    expect(meta(doc, 'twitter:card')).toBe('summary');
    expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(pageUrl);
    const refresh = doc.querySelector('meta[http-equiv=refresh]')?.getAttribute('content');
    expect(refresh).toBe(`0; url=../../?event=${event.id}`);
    const target = new URL(refresh!.replace(/^0; url=/, ''), pageUrl).href;
    expect(target).toBe(`${SITE}?event=${event.id}`);
    const link = doc.querySelector('main a');
    expect(new URL(link!.getAttribute('href')!, pageUrl).href).toBe(target);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelector('h1')?.textContent).toBe(eventTitle(event));
  }
});
