// The parts of iCalendar (RFC 5545) the calendar export needs: text escaping, line folding and the document frame.

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT values escape backslash, semicolon and comma, and write line breaks as `\n` (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line so no physical line is longer than 75 octets (RFC 5545 3.1): continuation lines start with
 * one space, which counts towards their 75. Splits only between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const n = utf8Length(char);
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** `name:value`, or `name;params:value`, folded. The value must already be escaped where its type needs it. */
export function property(name: string, value: string): string {
  return foldLine(`${name}:${value}`);
}

/** A whole VCALENDAR: each component is a list of already folded lines. */
export function calendarDocument(header: readonly string[], components: readonly (readonly string[])[]): string {
  const lines = ['BEGIN:VCALENDAR', ...header, ...components.flat(), 'END:VCALENDAR'];
  return lines.map((line) => `${line}${CRLF}`).join('');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `20250516`: a DATE value from a resolveEdtf bound. */
export function icsDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

/** `20250723T203700`: a floating DATE-TIME (no Z, no TZID), read as local time wherever the calendar is. */
export function icsFloatingDateTime(ms: number): string {
  const d = new Date(ms);
  return `${icsDate(ms)}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

/** `20251121T101500Z`: a UTC DATE-TIME, for DTSTAMP. */
export function icsUtcDateTime(date: Date): string {
  return `${icsFloatingDateTime(date.getTime())}Z`;
}
