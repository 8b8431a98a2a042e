// EDTF (ISO 8601-2) dates as this project uses them: days, months, years, times of day, approximate (`~`) and
// uncertain (`?`) qualifiers, and intervals, including ones whose start or end is unknown (`/2025-06-02`).
// The app never parses EDTF: the dataset carries each date string's bounds in its `dates` table, written by
// `npm run data:dates` with the `edtf` package (edtf-parse.ts) and checked by `npm run data:check`. Parsing in the
// browser would cost time per string and a parser to download; a look-up costs neither. This module reads the table and
// puts dates into words.

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
  kind: 'date' | 'interval';
  /** For a date: itself. For an interval: its start, or null when the start is unknown or open. */
  from: DatePoint | null;
  /** For a date: itself. For an interval: its end, or null when the end is unknown or open. */
  to: DatePoint | null;
  /** Earliest and latest millisecond the value can mean; null where the interval is open on that side. */
  min: number | null;
  max: number | null;
}

/** True when the date was stated with a time of day (so a meeting can be drawn with its real start). */
export function hasTimeOfDay(date: ResolvedDate): boolean {
  return date.from?.precision === 'minute' || date.from?.precision === 'second';
}

/**
 * The words a date is put in, for one language: month and day names come from `Intl` for `locale`, the qualifiers
 * ("about", "some time before") from the language's catalog (src/i18n/date-words.ts builds this from it).
 */
export interface DateWords {
  /** BCP 47 language tag for `Intl.DateTimeFormat`. */
  locale: string;
  approximate: (date: string) => string;
  uncertain: (date: string) => string;
  before: (date: string) => string;
  after: (date: string) => string;
  range: (from: string, to: string) => string;
  /** "20:37 local time". */
  localTime: (clock: string) => string;
  /** "23 July 2025, 20:37 local time". */
  dayAndTime: (day: string, time: string) => string;
  notGiven: string;
}

export const ENGLISH_DATES: DateWords = {
  locale: 'en-GB',
  approximate: (date) => `about ${date}`,
  uncertain: (date) => `possibly ${date}`,
  before: (date) => `some time before ${date}`,
  after: (date) => `some time after ${date}`,
  range: (from, to) => `${from} – ${to}`,
  localTime: (clock) => `${clock} local time`,
  dayAndTime: (day, time) => `${day}, ${time}`,
  notGiven: 'date not given',
};

// One formatter per language and precision, made once: making them is the costly part. Wall-clock dates are stored
// as if UTC, so they are formatted in UTC.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, precision: 'month' | 'day'): Intl.DateTimeFormat {
  const key = `${locale}:${precision}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      ...(precision === 'day' ? { day: 'numeric' } : {}),
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formatters.set(key, f);
  }
  return f;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function clock(d: Date, words: DateWords): string {
  return words.localTime(`${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`);
}

function qualified(text: string, point: DatePoint, words: DateWords): string {
  let result = text;
  if (point.approximate) result = words.approximate(result);
  if (point.uncertain) result = words.uncertain(result);
  return result;
}

/** "20:37 local time" (with "about" or "possibly" in front), or null when the point is not stated to the minute. */
export function formatTimeOfDay(point: DatePoint, words: DateWords = ENGLISH_DATES): string | null {
  if (point.precision !== 'minute' && point.precision !== 'second') return null;
  return qualified(clock(new Date(point.start), words), point, words);
}

/** "16 May 2025", "April 2025", "2014", "23 July 2025, 20:37 local time", with "about" or "possibly" in front. */
export function formatPoint(point: DatePoint, words: DateWords = ENGLISH_DATES): string {
  const d = new Date(point.start);
  let text: string;
  switch (point.precision) {
    case 'year':
      text = String(d.getUTCFullYear());
      break;
    case 'month':
      text = formatter(words.locale, 'month').format(d);
      break;
    case 'day':
      text = formatter(words.locale, 'day').format(d);
      break;
    default:
      text = words.dayAndTime(formatter(words.locale, 'day').format(d), clock(d, words));
  }
  return qualified(text, point, words);
}

/**
 * The date in words, with its precision: "16 May 2025", "20 June 2025 – 30 June 2025", and for a date known only as
 * before or after a day, as the dataset writes "/2025-06-02" and "2025-06-02/", "some time before 2 June 2025".
 */
export function formatDate(date: ResolvedDate, words: DateWords = ENGLISH_DATES): string {
  if (date.kind === 'date' && date.from) return formatPoint(date.from, words);
  if (date.from && date.to) return words.range(formatPoint(date.from, words), formatPoint(date.to, words));
  if (date.to) return words.before(formatPoint(date.to, words));
  if (date.from) return words.after(formatPoint(date.from, words));
  return words.notGiven;
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

/** Each EDTF string the dataset uses, with its bounds (the dataset's `dates` table). */
export type DateTable = Readonly<Record<string, ResolvedDate>>;

/** The bounds of one of the dataset's date strings; null only for a string the table lacks (the schema rejects that). */
export function dateIn(dates: DateTable, value: string): ResolvedDate | null {
  return Object.hasOwn(dates, value) ? (dates[value] ?? null) : null;
}

/** A dataset date in words, or a plain note where the table lacks it. */
export function formatDateIn(dates: DateTable, value: string): string {
  const date = dateIn(dates, value);
  return date ? formatDate(date) : `unreadable date “${value}”`;
}
