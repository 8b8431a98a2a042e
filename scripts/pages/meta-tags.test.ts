import { expect, test } from 'vitest';
import { headTags, type PageMeta } from './meta-tags';
import { SITE_TITLE } from './site';

const event: PageMeta = {
  title: 'Round 3: Third round of direct talks',
  description: '23 July 2025. The third round…',
  path: 'e/round-3/',
  type: 'article',
};

test("a page's tags name it, with absolute addresses on the published site", () => {
  const tags = headTags(event, 'https://record.example/');
  expect(tags).toContain(`<title>Round 3: Third round of direct talks — ${SITE_TITLE}</title>`);
  expect(tags).toContain('<link rel="canonical" href="https://record.example/e/round-3/" />');
  expect(tags).toContain('<meta property="og:url" content="https://record.example/e/round-3/" />');
  expect(tags).toContain('<meta property="og:image" content="https://record.example/share.png" />');
  expect(tags).toContain('<meta name="twitter:card" content="summary_large_image" />');
});

test('a local build (no SITE_ORIGIN) writes no address at all, never one on the wrong host', () => {
  const tags = headTags(event, null);
  expect(tags).toContain('<meta property="og:title" content="Round 3: Third round of direct talks" />');
  expect(tags).not.toMatch(/canonical|og:url|og:image|127\.0\.0\.1|localhost/);
});

test('the home page is titled with the site name alone; the not-found page asks not to be indexed', () => {
  expect(headTags({ ...event, title: SITE_TITLE, path: '' }, null)).toContain(`<title>${SITE_TITLE}</title>`);
  const missing = headTags({ ...event, title: 'Not in the record', noindex: true }, 'https://record.example/');
  expect(missing).toContain('<meta name="robots" content="noindex" />');
  expect(missing).not.toContain('canonical');
});

test('text from the data is escaped in every tag', () => {
  const tags = headTags({ ...event, title: '<img src=x onerror=alert(1)> "quoted" & more' }, 'https://r.example/');
  expect(tags).not.toContain('<img');
  expect(tags).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &amp; more');
});

test('a page in one language names its versions in all three, English also as x-default', () => {
  const alternates = { en: 'e/round-3/', uk: 'uk/e/round-3/', ru: 'ru/e/round-3/' };
  const tags = headTags({ ...event, lang: 'uk', alternates, siteTitle: 'Записи' }, 'https://record.example/');
  expect(tags).toContain('<link rel="alternate" hreflang="en" href="https://record.example/e/round-3/" />');
  expect(tags).toContain('<link rel="alternate" hreflang="x-default" href="https://record.example/e/round-3/" />');
  expect(tags).toContain('<link rel="alternate" hreflang="uk" href="https://record.example/uk/e/round-3/" />');
  expect(tags).toContain('<link rel="alternate" hreflang="ru" href="https://record.example/ru/e/round-3/" />');
  expect(tags).toContain('<title>Round 3: Third round of direct talks — Записи</title>');
});
