/** Where the running app lives, so exported permalinks point back to the copy the reader is using. */
export function currentSiteUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.origin).href;
}
