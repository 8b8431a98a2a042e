// Which page the path names: the record's home, one event's page (`e/<id>/`), or nothing the record has. The path is
// read on the server (the page being prerendered) and in the browser alike, so hydration starts from the same route;
// navigating between events changes the path without reloading (history.pushState), and Back and Forward follow.
import { createContext, useContext, useSyncExternalStore } from 'react';
import { localePrefix, splitLocale, type Locale } from '../i18n/locale';
import { eventPath } from '../lib/permalinks';

export type Route = { page: 'home' } | { page: 'event'; id: string } | { page: 'embed' } | { page: 'not-found' };

const EVENT_PATH = /^e\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/;

/** The route of `pathname` under the site's base path (`/` or `/some/folder/`), below any language prefix. */
export function routeOf(pathname: string, base: string): Route {
  if (!pathname.startsWith(base)) return { page: 'not-found' };
  const { rest } = splitLocale(pathname, base);
  if (rest === '' || rest === 'index.html') return { page: 'home' };
  if (rest === 'embed/' || rest === 'embed/index.html') return { page: 'embed' };
  const event = EVENT_PATH.exec(rest) ?? EVENT_PATH.exec(rest.replace(/index\.html$/, ''));
  if (event && event[1]!.length <= 80) return { page: 'event', id: event[1]! };
  return { page: 'not-found' };
}

/** The path of the home page or of an event's page, under `base`. */
export function routePath(route: Route, base: string): string {
  if (route.page === 'event') return `${base}${eventPath(route.id)}`;
  if (route.page === 'embed') return `${base}embed/`;
  return base;
}

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
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
export function navigate(route: Route, { replace = false, search = window.location.search } = {}): void {
  // The page's language stays: its prefix is part of the base the route is written under.
  const { locale } = splitLocale(window.location.pathname, BASE);
  const url = `${routePath(route, BASE + localePrefix(locale))}${search}${window.location.hash}`;
  const now = performance.now();
  const inBurst = now - lastStep < BURST_MS;
  lastStep = now;
  if (replace || inBurst) window.history.replaceState(window.history.state, '', url);
  else window.history.pushState(window.history.state, '', url);
  notify();
}
