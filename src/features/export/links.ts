// Addresses the exports and the preview pages share, so a permalink in a CSV, a calendar entry and a chat preview
// is the same URL. Everything here is pure: the site's address is passed in (the build's SITE_ORIGIN for the static
// pages, the page's own address in the app).

/** The site's address with exactly one trailing slash, so relative paths resolve under it and not beside it. */
export function withSlash(siteUrl: string): string {
  return siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
}

/** The path of an event's preview page relative to the site root: `e/round-3/`. */
export function previewPath(id: string): string {
  return `e/${encodeURIComponent(id)}/`;
}

/** The stable address of an event: its preview page, which unfurls in chats and opens the app on the event. */
export function eventPermalink(siteUrl: string, id: string): string {
  return new URL(previewPath(id), withSlash(siteUrl)).href;
}

/** The app opened on an event, as the URL state puts it (`?event=round-3`). */
export function appEventUrl(siteUrl: string, id: string): string {
  const url = new URL(withSlash(siteUrl));
  url.searchParams.set('event', id);
  return url.href;
}
