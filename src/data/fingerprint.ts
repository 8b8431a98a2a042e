/**
 * A short fingerprint of a text (its length and FNV-1a hash): the prerendered page records the dataset file it was
 * rendered from, so the browser hydrates it only with the very same file, and renders afresh from any other (a
 * record swapped in for a test or a benchmark).
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length.toString(36)}-${(hash >>> 0).toString(36)}`;
}
