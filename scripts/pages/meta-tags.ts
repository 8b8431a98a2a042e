// What each page's <head> says about it: title, description, and for link previews (Open Graph, Twitter card) and
// search engines its canonical address. Loaded by vite.config.ts itself, so its imports carry file extensions (Vite's
// native config loader needs them).
import { escapeHtml } from './html.ts';
import { SITE_TITLE } from './site.ts';

export interface PageMeta {
  /** The page's own title; the site's name is added after it, except on the home page. */
  title: string;
  description: string;
  /** The page's path under the site's root: '' for the home page, 'e/round-3/' for an event. */
  path: string;
  type: 'website' | 'article';
  /** Pages that are not the record (the not-found page) ask not to be indexed and carry no address. */
  noindex?: boolean;
  /** The page's language (BCP 47); English when not given. */
  lang?: string;
  /** The same page in each language, by language, the English one also as x-default (paths under the site's root). */
  alternates?: Record<string, string>;
  /** The site's title in the page's language; the English one when not given. */
  siteTitle?: string;
}

/** The image link previews show: the record's name and its three rounds (public/share.png). */
export const SHARE_IMAGE = { path: 'share.png', width: 1200, height: 630 } as const;

export function fullTitle(meta: PageMeta): string {
  const site = meta.siteTitle ?? SITE_TITLE;
  return meta.title === site ? site : `${meta.title} — ${site}`;
}

/**
 * The page's head tags. `siteUrl` (with its trailing slash) makes the addresses absolute, as canonical and Open
 * Graph need them; without it (a local build) none is written, never one that points at the wrong host.
 */
export function headTags(meta: PageMeta, siteUrl: string | null): string {
  const e = escapeHtml;
  const tags = [`<title>${e(fullTitle(meta))}</title>`, `<meta name="description" content="${e(meta.description)}" />`];
  if (meta.noindex) return [...tags, '<meta name="robots" content="noindex" />'].join('\n    ');
  tags.push(
    `<meta property="og:site_name" content="${e(meta.siteTitle ?? SITE_TITLE)}" />`,
    `<meta property="og:type" content="${meta.type}" />`,
    `<meta property="og:title" content="${e(meta.title)}" />`,
    `<meta property="og:description" content="${e(meta.description)}" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
    `<meta name="twitter:title" content="${e(meta.title)}" />`,
    `<meta name="twitter:description" content="${e(meta.description)}" />`,
  );
  if (siteUrl) {
    const url = new URL(meta.path, siteUrl).href;
    tags.push(
      `<link rel="canonical" href="${e(url)}" />`,
      `<meta property="og:url" content="${e(url)}" />`,
      `<meta property="og:image" content="${e(new URL(SHARE_IMAGE.path, siteUrl).href)}" />`,
      `<meta property="og:image:width" content="${SHARE_IMAGE.width}" />`,
      `<meta property="og:image:height" content="${SHARE_IMAGE.height}" />`,
      `<meta property="og:image:alt" content="${e(`${SITE_TITLE}: the three rounds of 16 May, 2 June and 23 July 2025`)}" />`,
      // The same page in the other languages, for search engines to offer each reader theirs.
      ...Object.entries(meta.alternates ?? {}).flatMap(([lang, path]) => {
        const href = e(new URL(path, siteUrl).href);
        const tag = (code: string) => `<link rel="alternate" hreflang="${e(code)}" href="${href}" />`;
        return lang === 'en' ? [tag('en'), tag('x-default')] : [tag(lang)];
      }),
      // Discovery of the embeddable view (scripts/pages/oembed.ts), for publishing systems that read oEmbed.
      `<link rel="alternate" type="application/json+oembed" href="${e(new URL('oembed.json', siteUrl).href)}" title="${e(SITE_TITLE)}" />`,
    );
  }
  return tags.join('\n    ');
}
