// How a quote is found in its article: the one rule the data check enforces at build time and the article view uses
// to mark the quote in the browser, so the view marks exactly what the check found.

const QUOTE_MARK = /[\u0022\u0027\u0060\u00ab\u00bb\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2032\u2033\u02bc]/;
const SPACE = /\s/;

/**
 * The text with the only liberties a quote may take with its source undone (white space collapsed and trimmed, every
 * quotation mark and apostrophe made one), and for each of its characters the offset in `text` it came from.
 */
export function normaliseWithOffsets(text: string): { text: string; offsets: number[] } {
  let out = '';
  const offsets: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (SPACE.test(ch)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    // A run of white space becomes one space, and none at the start (trim).
    if (pendingSpace >= 0 && out.length > 0) {
      out += ' ';
      offsets.push(pendingSpace);
    }
    pendingSpace = -1;
    out += QUOTE_MARK.test(ch) ? "'" : ch;
    offsets.push(i);
  }
  return { text: out, offsets };
}

/** The only liberties a quote may take with its source: white space, quotation marks and apostrophes. */
export function normaliseForQuote(text: string): string {
  return normaliseWithOffsets(text).text;
}

/**
 * Where the quote stands in `text`, as [start, end) offsets of the original characters: the first place the data
 * check's comparison finds it, or null when it is not there.
 */
export function locateQuote(text: string, quote: string): [number, number] | null {
  const needle = normaliseForQuote(quote);
  if (needle === '') return null;
  const hay = normaliseWithOffsets(text);
  const at = hay.text.indexOf(needle);
  if (at < 0) return null;
  return [hay.offsets[at]!, hay.offsets[at + needle.length - 1]! + 1];
}

/**
 * A short key that names a quote of an article in an address (`#q-<key>`): made from its words as the check compares
 * them, so it survives reordering of the record and changes only when the quote does.
 */
export function quoteKey(quote: string): string {
  const text = normaliseForQuote(quote);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36).padStart(7, '0');
}
