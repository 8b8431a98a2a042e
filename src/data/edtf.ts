// EDTF (ISO 8601-2) dates as this project uses them: days, months, years, times of day, approximate (`~`) and
// uncertain (`?`) qualifiers, and intervals, including ones whose start or end is unknown (`/2025-06-02`).
// Parsing is the `edtf` package's job; this module only turns its parse tree into bounds and words.
import { parse } from 'edtf';

export type Precision = 'year' | 'month' | 'day' | 'minute' | 'second';

export interface DatePoint {
  /** First millisecond covered, as if the wall-clock time were UTC (times without an offset are local to the place). */
  start: number;
  /** Last millisecond covered. */
  end: number;
  precision: Precision;
  approximate: boolean;
  uncertain: boolean;
  /** Minutes east of UTC when the date states an offset; undefined for wall-clock dates. */
  offsetMinutes?: number;
}

export interface ResolvedDate {
  edtf: string;
  kind: 'date' | 'interval';
  /** For a date: itself. For an interval: its start, or null when the start is unknown or open. */
  from: DatePoint | null;
  /** For a date: itself. For an interval: its end, or null when the end is unknown or open. */
  to: DatePoint | null;
  /** Earliest and latest millisecond the value can mean; null where the interval is open on that side. */
  min: number | null;
  max: number | null;
}

interface ParsedDate {
  type: 'Date';
  values: number[];
  approximate?: boolean | number;
  uncertain?: boolean | number;
  unspecified?: number;
  offset?: number;
  timeZone?: string;
}
interface ParsedInterval {
  type: 'Interval';
  values: [ParsedDate | null | number | string, ParsedDate | null | number | string];
}

const PRECISIONS: Record<number, Precision> = { 1: 'year', 2: 'month', 3: 'day', 5: 'minute', 6: 'second' };

function toPoint(node: ParsedDate): DatePoint | null {
  const [year, month = 0, day = 1, hour = 0, minute = 0, second = 0] = node.values;
  const precision = PRECISIONS[node.values.length];
  if (precision === undefined || year === undefined || node.unspecified) return null;
  const start = Date.UTC(year, month, day, hour, minute, second);
  let end: number;
  if (precision === 'year') end = Date.UTC(year + 1, 0, 1) - 1;
  else if (precision === 'month') end = Date.UTC(year, month + 1, 1) - 1;
  else if (precision === 'day') end = Date.UTC(year, month, day + 1) - 1;
  else end = start;
  // The parser rolls impossible days over (30 February becomes 2 March); refuse them instead.
  const check = new Date(start);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month || check.getUTCDate() !== day) return null;
  const point: DatePoint = {
    start,
    end,
    precision,
    approximate: Boolean(node.approximate),
    uncertain: Boolean(node.uncertain),
  };
  // The parser reports offset 0 for wall-clock times too; only a stated zone means a real offset.
  if (node.timeZone !== undefined && typeof node.offset === 'number') point.offsetMinutes = node.offset;
  return point;
}

function isParsedDate(node: unknown): node is ParsedDate {
  return typeof node === 'object' && node !== null && (node as { type?: unknown }).type === 'Date';
}

// The same strings come back many times (every card, tooltip, role and export reads the event's date again), and
// one parse costs about 0.3 ms because the parser rebuilds its grammar each time: parse each string once.
const resolved = new Map<string, ResolvedDate | null>();

/** Resolves an EDTF string, or returns null when it is not EDTF this project can place in time. */
export function resolveEdtf(value: string): ResolvedDate | null {
  let date = resolved.get(value);
  if (date === undefined) {
    date = parseEdtf(value);
    resolved.set(value, date);
  }
  return date;
}

function parseEdtf(value: string): ResolvedDate | null {
  let tree: ParsedDate | ParsedInterval;
  try {
    tree = parse(value) as ParsedDate | ParsedInterval;
  } catch {
    return null;
  }
  if (tree.type === 'Date') {
    const point = toPoint(tree);
    if (!point) return null;
    return { edtf: value, kind: 'date', from: point, to: point, min: point.start, max: point.end };
  }
  if (tree.type === 'Interval') {
    const [a, b] = tree.values;
    const from = isParsedDate(a) ? toPoint(a) : null;
    const to = isParsedDate(b) ? toPoint(b) : null;
    if ((isParsedDate(a) && !from) || (isParsedDate(b) && !to)) return null;
    if (!from && !to) return null;
    if (from && to && from.start > to.end) return null;
    return { edtf: value, kind: 'interval', from, to, min: from?.start ?? null, max: to?.end ?? null };
  }
  return null;
}

export function isValidEdtf(value: string): boolean {
  return resolveEdtf(value) !== null;
}

/** True when the date was stated with a time of day (so a meeting can be drawn with its real start). */
export function hasTimeOfDay(date: ResolvedDate): boolean {
  return date.from?.precision === 'minute' || date.from?.precision === 'second';
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "16 May 2025", "April 2025", "2014", "23 July 2025, 20:37 local time", with "about" or "possibly" in front. */
export function formatPoint(point: DatePoint): string {
  const d = new Date(point.start);
  const year = d.getUTCFullYear();
  const month = MONTHS[d.getUTCMonth()] ?? '';
  let text: string;
  switch (point.precision) {
    case 'year':
      text = String(year);
      break;
    case 'month':
      text = `${month} ${year}`;
      break;
    case 'day':
      text = `${d.getUTCDate()} ${month} ${year}`;
      break;
    default:
      text = `${d.getUTCDate()} ${month} ${year}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} local time`;
  }
  if (point.approximate) text = `about ${text}`;
  if (point.uncertain) text = `possibly ${text}`;
  return text;
}

/** The date in words, with its precision: "16 May 2025", "20 – 30 June 2025", "before 2 June 2025". */
export function formatEdtf(value: string): string {
  const date = resolveEdtf(value);
  if (!date) return `unreadable date “${value}”`;
  if (date.kind === 'date' && date.from) return formatPoint(date.from);
  if (date.from && date.to) return `${formatPoint(date.from)} – ${formatPoint(date.to)}`;
  if (date.to) return `by ${formatPoint(date.to)} (start not given)`;
  if (date.from) return `from ${formatPoint(date.from)} (end not given)`;
  return value;
}

/** A stable sort key: the earliest moment a date can mean, falling back to its latest for open starts. */
export function sortKey(date: ResolvedDate): number {
  return date.min ?? date.max ?? 0;
}

/** A value for HTML's `<time datetime>`, or undefined where HTML has no form for it (intervals). */
export function htmlDateTime(date: ResolvedDate): string | undefined {
  if (date.kind !== 'date' || !date.from) return undefined;
  const iso = new Date(date.from.start).toISOString();
  switch (date.from.precision) {
    case 'year':
      return iso.slice(0, 4);
    case 'month':
      return iso.slice(0, 7);
    case 'day':
      return iso.slice(0, 10);
    default:
      return iso.slice(0, 16);
  }
}
