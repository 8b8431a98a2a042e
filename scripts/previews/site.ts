// The site as link previews describe it, and where it is published. The title and description match index.html's
// (a test checks); the origin comes from SITE_ORIGIN at build time because a preview's og:url must be absolute.

export const SITE_TITLE = 'Istanbul talks 2025 — a sourced record';
export const SITE_DESCRIPTION =
  'A sourced record of the 2025 Istanbul talks between Russia and Ukraine: rounds, exchanges and statements, each with its quotes.';

/** `vite preview` serves the build here, so a local build's previews point at it. */
export const DEFAULT_SITE_ORIGIN = 'http://127.0.0.1:4173/';

/**
 * The published address (origin, optionally with a path) with one trailing slash. A value that is not an http(s) URL
 * stops the build: previews pointing at a typo would be shared for as long as the links live.
 */
export function siteUrlFrom(value: string | undefined): string {
  const text = value?.trim() || DEFAULT_SITE_ORIGIN;
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
