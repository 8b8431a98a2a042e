// Links between the record's pages and its sources views, followed in the page (no reload) so that Back returns to
// the page as it was and puts focus back on the link the reader used: for a keyboard or screen reader user, the
// place they left. Links elsewhere, and clicks meant for a new tab or window, are left to the browser.
import { navigate, rememberReturnFocus, routeOf, takeReturnFocus, type Route } from './route';

const BASE = import.meta.env.BASE_URL;
const SOURCES: readonly Route['page'][] = ['sources', 'source'];
const PAGES: readonly Route['page'][] = ['home', 'event', 'sources', 'source'];

/** The in-page route a click on a link should take, or null to let the browser follow it. */
export function pageLinkRoute(
  event: MouseEvent,
  currentPath: string,
): { route: Route; url: URL; anchor: HTMLAnchorElement } | null {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return null;
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(anchor instanceof HTMLAnchorElement) || anchor.target || anchor.hasAttribute('download')) return null;
  const url = new URL(anchor.href);
  if (url.origin !== window.location.origin) return null;
  const route = routeOf(url.pathname, BASE);
  const from = routeOf(currentPath, BASE).page;
  // The embed is framed by another site: its links leave the frame (EmbedPage), never turn it into the record.
  if (from === 'embed') return null;
  const intoSources = SOURCES.includes(route.page);
  const outOfSources = SOURCES.includes(from) && PAGES.includes(route.page);
  if (!intoSources && !outOfSources) return null;
  if (url.pathname === currentPath && url.search === window.location.search) return null; // a fragment of this page
  return { route, url, anchor };
}

export function followPageLink(event: MouseEvent): void {
  const link = pageLinkRoute(event, window.location.pathname);
  if (!link) return;
  event.preventDefault();
  const href = link.anchor.getAttribute('href') ?? '';
  const nth = [...document.querySelectorAll('a[href]')]
    .filter((a) => a.getAttribute('href') === href)
    .indexOf(link.anchor);
  rememberReturnFocus({ href, nth });
  navigate(link.route, { search: link.url.search, hash: link.url.hash, fromPage: true });
  window.scrollTo?.(0, 0);
}

/**
 * After Back or Forward, focus the link the reader left this entry by, once the page has drawn it. The page may take
 * a few frames to show it (a details panel opening), so it is looked for until it appears or a few seconds pass.
 */
export function restoreFocusAfterHistoryStep(): () => void {
  const target = takeReturnFocus();
  if (!target) return () => {};
  let frame = 0;
  let tries = 0;
  const look = () => {
    const link = [...document.querySelectorAll<HTMLElement>('a[href]')].filter(
      (a) => a.getAttribute('href') === target.href,
    )[target.nth];
    if (link && link.offsetParent !== null) {
      link.scrollIntoView?.({ block: 'center' });
      link.focus({ preventScroll: true });
      return;
    }
    if (++tries < 180) frame = requestAnimationFrame(look);
  };
  frame = requestAnimationFrame(look);
  return () => cancelAnimationFrame(frame);
}
