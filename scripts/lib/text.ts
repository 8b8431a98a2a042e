// Text comparison rules of the data check, kept apart so that the check and its tests share them.

// The quote rule lives in src/ so that the article view marks exactly what the check finds.
export { normaliseForQuote } from '../../src/data/quote-text';

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (hundreds) parts.push(`${ONES[hundreds]} hundred`);
  if (rest) {
    if (rest < 20) parts.push(ONES[rest] ?? '');
    else parts.push(TENS[Math.floor(rest / 10)] + (rest % 10 ? `-${ONES[rest % 10]}` : ''));
  }
  return parts.join(' ');
}

/** English words for a whole number below a billion: 1200 → "one thousand two hundred". */
export function numberInWords(n: number): string {
  if (n === 0) return 'zero';
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor((n % 1_000_000) / 1000);
  const rest = n % 1000;
  const parts: string[] = [];
  if (millions) parts.push(`${belowThousand(millions)} million`);
  if (thousands) parts.push(`${belowThousand(thousands)} thousand`);
  if (rest) parts.push(belowThousand(rest));
  return parts.join(' ');
}

/** Whether a number is written in the text as digits (with or without separators) or in words. */
export function textStatesNumber(text: string, n: number): boolean {
  const digits = String(n);
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '§');
  const separators = ['', ',', '.', ' ', '\u00a0', '\u202f'];
  for (const sep of separators) {
    const form = grouped.replaceAll('§', sep).replace(/[.]/g, '\\.');
    if (new RegExp(`(?<![\\d.,])${form}(?![\\d]|[.,]\\d)`).test(text)) return true;
  }
  const words = numberInWords(n);
  const spaced = words.replace(/[- ]/g, '[- ]');
  if (new RegExp(`\\b${spaced}\\b`, 'i').test(text)) return true;
  // "1.2 thousand" style is not used by these sources; "6 thousand" is.
  if (n % 1000 === 0 && n >= 1000) {
    const k = n / 1000;
    if (new RegExp(`(?<![\\d.,])${k}[- ]thousand\\b`, 'i').test(text)) return true;
    if (new RegExp(`\\b${numberInWords(k).replace(/[- ]/g, '[- ]')} thousand\\b`, 'i').test(text)) return true;
  }
  return false;
}
