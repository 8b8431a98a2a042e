// Links that name one thing, independent of the rest of the view.

/** The link to one event: the app opened on it, with no filters. */
export function eventPermalink(
  eventId: string,
  origin: string = window.location.origin,
  base = import.meta.env.BASE_URL,
): string {
  return new URL(`${base}?event=${encodeURIComponent(eventId)}`, origin).href;
}
