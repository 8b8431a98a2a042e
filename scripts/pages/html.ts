// Escaping for the static pages the build writes. Every value from the dataset goes through here: titles and
// summaries may hold <, &, quotes and apostrophes, and none of them may end an attribute or open a tag.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in element text and in double- or single-quoted attribute values alike. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
