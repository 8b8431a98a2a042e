// Build- and check-time only: EDTF strings to bounds with the `edtf` package. `npm run data:dates` writes the
// results into the dataset's `dates` table and `npm run data:check` compares them; the app reads the table and never
// imports this module (ESLint keeps the parser out of the bundle).
import { parse } from 'edtf';
import { datedValues, type DatedSource, type DatedValue } from './dated-values';
import { formatDate, type DatePoint, type Precision, type ResolvedDate } from './edtf';

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

// The same strings come back many times (a round's day on every role and event), and the parser rebuilds its grammar
// on each call: parse each string once.
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
    return { kind: 'date', from: point, to: point, min: point.start, max: point.end };
  }
  if (tree.type === 'Interval') {
    const [a, b] = tree.values;
    const from = isParsedDate(a) ? toPoint(a) : null;
    const to = isParsedDate(b) ? toPoint(b) : null;
    if ((isParsedDate(a) && !from) || (isParsedDate(b) && !to)) return null;
    if (!from && !to) return null;
    if (from && to && from.start > to.end) return null;
    return { kind: 'interval', from, to, min: from?.start ?? null, max: to?.end ?? null };
  }
  return null;
}

export function isValidEdtf(value: string): boolean {
  return resolveEdtf(value) !== null;
}

/** The `dates` table for a dataset: every date string it uses, in sorted order, with its bounds. */
export function dateTableFor(data: DatedSource): { dates: Record<string, ResolvedDate>; invalid: DatedValue[] } {
  const values = datedValues(data);
  const invalid = values.filter(({ value }) => resolveEdtf(value) === null);
  const dates: Record<string, ResolvedDate> = {};
  for (const value of [...new Set(values.map((v) => v.value))].sort()) {
    const date = resolveEdtf(value);
    if (date) dates[value] = date;
  }
  return { dates, invalid };
}

/** The same data with its `dates` table written: for fixtures and generated datasets (throws on invalid EDTF). */
export function withDates<T extends DatedSource>(data: T): T & { dates: Record<string, ResolvedDate> } {
  const { dates, invalid } = dateTableFor(data);
  if (invalid[0]) throw new Error(`${invalid[0].path.join('.')}: "${invalid[0].value}" ${INVALID_EDTF_MESSAGE}`);
  return { ...data, dates };
}

export const INVALID_EDTF_MESSAGE =
  'is not a valid EDTF date this project can place (e.g. 2025-05-16, 2025-04, 2025-07-14~, 2025-06-20/2025-06-30)';

/** An EDTF string in words, for build-time pages that have no `dates` table at hand. */
export function formatEdtf(value: string): string {
  const date = resolveEdtf(value);
  return date ? formatDate(date) : `unreadable date “${value}”`;
}
