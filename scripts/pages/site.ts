// The site as pages and link previews describe it, and where it is published. The title and description match
// index.html's (a test checks). The origin comes from SITE_ORIGIN at build time, because canonical addresses and
// Open Graph URLs must be absolute; a build without it writes none rather than a wrong one.

export const SITE_TITLE = 'Istanbul talks 2025 — a sourced record';
export const SITE_DESCRIPTION =
  'A sourced record of the 2025 Istanbul talks between Russia and Ukraine: rounds, exchanges and statements, each with its quotes.';

/** The site's title and description in the record's other languages (src/i18n/locale.ts). */
export const SITE_IN: Record<'en' | 'uk' | 'ru', { title: string; description: string; round: string }> = {
  en: { title: SITE_TITLE, description: SITE_DESCRIPTION, round: 'Round' },
  uk: {
    title: 'Стамбульські переговори 2025 — запис із джерелами',
    description:
      'Запис Стамбульських переговорів Росії та України 2025 року з джерелами: раунди, обміни й заяви, кожна з цитатами.',
    round: 'Раунд',
  },
  ru: {
    title: 'Стамбульские переговоры 2025 — запись с источниками',
    description:
      'Запись Стамбульских переговоров России и Украины 2025 года с источниками: раунды, обмены и заявления, каждое с цитатами.',
    round: 'Раунд',
  },
};

/**
 * The published address (origin, optionally with a path) with one trailing slash, or null when none is given (a
 * local build). A value that is not an http(s) URL stops the build: previews pointing at a typo would be shared for
 * as long as the links live.
 */
export function siteUrlFrom(value: string | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`SITE_ORIGIN must be an absolute http(s) URL such as https://example.org, not “${text}”.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_ORIGIN must use http or https, not “${url.protocol}”.`);
  }
  if (url.search || url.hash) throw new Error('SITE_ORIGIN must not carry a query or a fragment.');
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
