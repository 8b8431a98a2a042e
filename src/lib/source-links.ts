// Addresses of the sources views, built in one place: the sources page `sources/`, an article's view
// `sources/<article id>/`, and a quote in it `sources/<article id>/#q-<key>` (the key from src/data/quote-text.ts).
import { quoteKey } from '../data/quote-text';
import { eventPath } from './permalinks';

const BASE = import.meta.env.BASE_URL;

export const QUOTE_FRAGMENT_PREFIX = 'q-';

export function sourcesHref(): string {
  return `${BASE}sources/`;
}

export function articleHref(articleId: string): string {
  return `${BASE}sources/${encodeURIComponent(articleId)}/`;
}

/** The article's view with this quote marked, scrolled to and focused. */
export function quoteHref(articleId: string, quote: string): string {
  return `${articleHref(articleId)}#${QUOTE_FRAGMENT_PREFIX}${quoteKey(quote)}`;
}

/** The quote key a fragment names (`q-<key>`), or null for any other fragment. */
export function quoteKeyOfFragment(fragment: string): string | null {
  const match = /^q-([0-9a-z]{1,13})$/.exec(fragment);
  return match ? match[1]! : null;
}

export function eventHref(eventId: string): string {
  return `${BASE}${eventPath(eventId)}`;
}
