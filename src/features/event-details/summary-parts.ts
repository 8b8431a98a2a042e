// A summary read as a story: its first sentence, which the details show first and larger, and the rest.

/** Words that end in a full stop without ending a sentence. */
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'no', 'vs', 'approx', 'etc']);

/**
 * Splits a summary after its first sentence: at a full stop, question or exclamation mark (with any closing quote or
 * bracket) followed by a space and a capital letter or an opening quote. A stop after an initialism ("U.S.",
 * "p.m.") or a common abbreviation does not end a sentence. The rest is empty when the summary is one sentence.
 */
export function splitSummary(summary: string): { lead: string; rest: string } {
  const text = summary.trim();
  const ends = /[.!?]["”’')]*\s+(?=["“‘'(]?[A-Z0-9])/g;
  for (const end of text.matchAll(ends)) {
    const before = text.slice(0, end.index);
    const word = /(\S+)$/.exec(before)?.[1] ?? '';
    const isInitialism = /^(?:[A-Za-z]\.)+[A-Za-z]?$/.test(word);
    if (isInitialism || ABBREVIATIONS.has(word.toLowerCase())) continue;
    const cut = end.index + end[0].trimEnd().length;
    return { lead: text.slice(0, cut), rest: text.slice(end.index + end[0].length) };
  }
  return { lead: text, rest: '' };
}
