// The link preview tags (Open Graph, Twitter card, canonical) shared by the home page and the event pages.
// Loaded by vite.config.ts itself, so its imports carry file extensions (Vite's native config loader needs them).
import { escapeHtml } from './html.ts';
import { SITE_DESCRIPTION, SITE_TITLE } from './site.ts';

export interface PreviewMeta {
  title: string;
  description: string;
  /** Absolute: the page's own address, for canonical and og:url. */
  url: string;
  image: string;
  type: 'website' | 'article';
}

/**
 * The tags every page shares: title and description in Open Graph and Twitter card forms, canonical, image. The plain
 * `description` meta is left to each page (index.html has its own).
 */
export function metaTags(meta: PreviewMeta): string {
  const e = escapeHtml;
  return [
    `<link rel="canonical" href="${e(meta.url)}" />`,
    `<meta property="og:site_name" content="${e(SITE_TITLE)}" />`,
    `<meta property="og:type" content="${meta.type}" />`,
    `<meta property="og:title" content="${e(meta.title)}" />`,
    `<meta property="og:description" content="${e(meta.description)}" />`,
    `<meta property="og:url" content="${e(meta.url)}" />`,
    `<meta property="og:image" content="${e(meta.image)}" />`,
    `<meta property="og:image:alt" content="${e(SITE_TITLE)}" />`,
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${e(meta.title)}" />`,
    `<meta name="twitter:description" content="${e(meta.description)}" />`,
  ].join('\n    ');
}

export function iconUrl(siteUrl: string): string {
  return new URL('icon-512.png', siteUrl).href;
}

/** The home page's tags, added to index.html at build time. */
export function homeMeta(siteUrl: string): PreviewMeta {
  return { title: SITE_TITLE, description: SITE_DESCRIPTION, url: siteUrl, image: iconUrl(siteUrl), type: 'website' };
}
