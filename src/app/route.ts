// Which page the path names: the record's home, one event's page (`e/<id>/`), or nothing the record has. The path is
// read on the server (the page being prerendered) and in the browser alike, so hydration starts from the same route;
// navigating between events changes the path without reloading (history.pushState), and Back and Forward follow.
// The sources page (`sources/`) and an article's view (`sources/<article id>/`, the quote in the fragment `#q-<key>`)
// are pages of their own in the same way.
import { createContext, useContext, useSyncExternalStore } from 'react';
import { localePrefix, splitLocale, type Locale } from '../i18n/locale';
import { eventPath } from '../lib/permalinks';

export type Route =
  | { page: 'home' }
  | { page: 'event'; id: string }
  | { page: 'sources' }
  | { page: 'source'; id: string }
  | { page: 'embed' }
  | { page: 'not-found' };

const EVENT_PATH = /^e\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/;
const SOURCE_PATH = /^sources\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/;

/** The route of `pathname` under the site's base path (`/` or `/some/folder/`), below any language prefix. */
export function routeOf(pathname: string, base: string): Route {
  if (!pathname.startsWith(base)) return { page: 'not-found' };
  const { rest } = splitLocale(pathname, base);
  if (rest === '' || rest === 'index.html') return { page: 'home' };
  if (rest === 'embed/' || rest === 'embed/index.html') return { page: 'embed' };
  if (rest === 'sources/' || rest === 'sources' || rest === 'sources/index.html') return { page: 'sources' };
  const source = SOURCE_PATH.exec(rest.replace(/index\.html$/, ''));
  if (source && source[1]!.length <= 80) return { page: 'source', id: source[1]! };
  const event = EVENT_PATH.exec(rest) ?? EVENT_PATH.exec(rest.replace(/index\.html$/, ''));
  if (event && event[1]!.length <= 80) return { page: 'event', id: event[1]! };
  return { page: 'not-found' };
}

/** The path of the home page, an event's page, the sources page or an article's view, under `base`. */
export function routePath(route: Route, base: string): string {
  if (route.page === 'event') return `${base}${eventPath(route.id)}`;
  if (route.page === 'sources') return `${base}sources/`;
  if (route.page === 'source') return `${base}sources/${encodeURIComponent(route.id)}/`;
  if (route.page === 'embed') return `${base}embed/`;
  return base;
}

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  window.addEventListener('hashchange', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
    window.removeEventListener('hashchange', listener);
  };
}

/**
 * The path the page was rendered for: on the server the page being prerendered, in the browser the path it was
 * loaded at. Hydration reads it, so the first render in the browser matches the HTML.
 */
export const RenderedPath = createContext<string>('/');

const BASE = import.meta.env.BASE_URL;
// Cached per path string, so useSyncExternalStore sees the same object until the path changes.
let cached: { path: string; route: Route } | null = null;
function routeFor(path: string): Route {
  if (cached?.path !== path) cached = { path, route: routeOf(path, BASE) };
  return cached.route;
}

/** The language of the page: its path's prefix (i18n/locale.ts). */
export function useLocale(): Locale {
  const rendered = useContext(RenderedPath);
  return useSyncExternalStore(
    subscribe,
    () => splitLocale(window.location.pathname, BASE).locale,
    () => splitLocale(rendered, BASE).locale,
  );
}

export function useRoute(): Route {
  const rendered = useContext(RenderedPath);
  return useSyncExternalStore(
    subscribe,
    () => routeFor(window.location.pathname),
    () => routeFor(rendered),
  );
}

/** Steps closer together than this are one history step (view-params.ts delays the address bar as long). */
const BURST_MS = 250;
let lastStep = -Infinity;

/**
 * Goes to a route in the page, keeping the query (the view's filters and window): a history step, as following a
 * link would be, except within a burst (arrow keys held through events), which is one step. `replace` rewrites the
 * current entry instead (an old `?event=` link moved to its path).
 */
export function navigate(
  route: Route,
  { replace = false, search = window.location.search, hash = window.location.hash, fromPage = false } = {},
): void {
  // The page's language stays: its prefix is part of the base the route is written under.
  const { locale } = splitLocale(window.location.pathname, BASE);
  const url = `${routePath(route, BASE + localePrefix(locale))}${search}${hash}`;
  const now = performance.now();
  // A step to another page by a link is always its own history step, however soon it follows the last.
  const inBurst = !fromPage && now - lastStep < BURST_MS;
  lastStep = now;
  // A step taken from a page of the record says so, so the page it leads to can offer Back (useCameFromPage).
  const state: unknown = fromPage
    ? { ...withoutReturnFocus(window.history.state), [FROM_PAGE]: true }
    : window.history.state;
  if (replace || inBurst) window.history.replaceState(state, '', url);
  else window.history.pushState(state, '', url);
  notify();
}

const FROM_PAGE = 'istanbulTalksFromPage';
const RETURN_FOCUS = 'istanbulTalksReturnFocus';

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? { ...(value as Record<string, unknown>) } : {};
}

function withoutReturnFocus(value: unknown): Record<string, unknown> {
  const record = asRecord(value);
  delete record[RETURN_FOCUS];
  return record;
}

/** The address's fragment without its '#': on the server (no address yet) and at hydration, none. */
export function useHash(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.hash.slice(1),
    () => '',
  );
}

/** Whether this page was reached from another page of the record in this tab, so Back returns there. */
export function useCameFromPage(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => asRecord(window.history.state)[FROM_PAGE] === true,
    () => false,
  );
}

/**
 * The link a reader follows to another page, remembered on the page they leave (its address and which of the page's
 * links to that address it was), so that coming back puts focus on it again.
 */
export interface ReturnFocus {
  href: string;
  nth: number;
}

export function rememberReturnFocus(target: ReturnFocus): void {
  window.history.replaceState({ ...asRecord(window.history.state), [RETURN_FOCUS]: target }, '');
}

/** The link to focus on this history entry, if the reader left it by one; read once, then forgotten. */
export function takeReturnFocus(): ReturnFocus | null {
  const value = asRecord(window.history.state)[RETURN_FOCUS];
  if (typeof value !== 'object' || value === null) return null;
  const { href, nth } = value as Record<string, unknown>;
  window.history.replaceState(withoutReturnFocus(window.history.state), '');
  return typeof href === 'string' && typeof nth === 'number' ? { href, nth } : null;
}
