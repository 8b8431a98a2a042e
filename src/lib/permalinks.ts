// Addresses the app, the exports and the prerendered pages share, so a permalink in a CSV, a calendar entry, a chat
// preview and the address bar is the same URL. Only currentSiteUrl reads the browser; the rest is pure, with the
// site's address passed in (the build's SITE_ORIGIN for the static pages, the page's own address in the app).

/** The site's address with exactly one trailing slash, so relative paths resolve under it and not beside it. */
export function withSlash(siteUrl: string): string {
  return siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
}

/** The path of an event's own page relative to the site root: `e/round-3/`. */
export function eventPath(id: string): string {
  return `e/${encodeURIComponent(id)}/`;
}

/** The stable address of an event: its own page, which unfurls in chats and opens the app on the event. */
export function eventPermalink(siteUrl: string, id: string): string {
  return new URL(eventPath(id), withSlash(siteUrl)).href;
}

/** Where the running app lives, so exported permalinks point back to the copy the reader is using. */
export function currentSiteUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.origin).href;
}
