// Matching text the way readers type it: without caring for case or accents ("erdogan" finds "Erdoğan"), and
// with every word of the query required somewhere.

/** Lower case, accents removed, and the dotless ı folded to i, so Turkish names match their plain spellings. */
export function fold(text: string): string {
  // Lower-case first: some capitals (İ) lower-case to a letter plus a mark, which the next step then drops.
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i');
}

/** The words of a query, folded; quotes and punctuation around words are dropped. */
export function queryWords(query: string): string[] {
  return fold(query)
    .split(/[\s,;:!?()"“”'‘’]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0);
}

/** Texts folded and joined into one string that `hasAllWords` can search; build it once per text, not per query. */
export function foldedHaystack(texts: readonly string[]): string {
  // A line break between texts: no query word holds one, so a word never matches across two texts.
  return texts.map(fold).join('\n');
}

/** Whether every (already folded) word occurs in a haystack from `foldedHaystack`. */
export function hasAllWords(words: readonly string[], haystack: string): boolean {
  return words.every((w) => haystack.includes(w));
}

/** Whether every word appears in at least one of the texts. */
export function matchesAllWords(words: string[], texts: string[]): boolean {
  if (words.length === 0) return true;
  return hasAllWords(words, foldedHaystack(texts));
}

export interface Segment {
  text: string;
  match: boolean;
}

/**
 * Splits text into plain and matching segments for highlighting. Folding keeps one character per character for the
 * scripts in this record except where a letter decomposes; positions are mapped back through a per-character fold.
 */
export function highlightSegments(text: string, words: string[]): Segment[] {
  if (words.length === 0 || text.length === 0) return [{ text, match: false }];
  // Fold each original character separately, remembering which original index each folded character came from.
  // Offsets advance by each code point's UTF-16 length as we go (re-joining the prefix per character was quadratic).
  // Printable ASCII (most titles and summaries) folds one character to one, by lower case alone: no per-character fold,
  // which was most of a keystroke's cost with the 48 real entries on screen.
  const ascii = !/[^\x20-\x7e]/.test(text);
  const origin: number[] = [];
  let folded = ascii ? text.toLowerCase() : '';
  let start = 0;
  if (!ascii) {
    for (const char of text) {
      const f = fold(char);
      for (let k = 0; k < f.length; k++) origin.push(start);
      folded += f;
      start += char.length;
    }
  }
  const originOf = (i: number) => (ascii ? i : origin[i]!);
  const marked = new Array<boolean>(text.length).fill(false);
  for (const word of words) {
    let from = folded.indexOf(word);
    while (from !== -1) {
      const first = originOf(from);
      const lastFolded = from + word.length - 1;
      const lastOrigin = originOf(lastFolded);
      const end = lastOrigin + (text.codePointAt(lastOrigin)! > 0xffff ? 2 : 1);
      for (let i = first; i < end; i++) marked[i] = true;
      from = folded.indexOf(word, from + 1);
    }
  }
  const segments: Segment[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = segments.at(-1);
    if (last && last.match === marked[i]) last.text += text[i];
    else segments.push({ text: text[i]!, match: marked[i]! });
  }
  return segments;
}
