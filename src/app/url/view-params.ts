// The view's state lives in the URL. Each parameter has one reader here: it turns the raw text into a value or says
// why it cannot (never throws). The nuqs parsers below wrap the readers, so React, the address bar, Back and Forward
// all agree; audit-link.ts uses the same readers to tell the reader what a link carried that was ignored.
// The format is documented in the README ("Links"); links without a version marker are version 1.
import { createParser, createSerializer, debounce, useQueryStates, type Values } from 'nuqs';
import type { MatchMode } from '../../features/filters/filter-model';
import { MINUTE, type TimeWindow } from '../../lib/time';

export type Reading<T> = { ok: true; value: T } | { ok: false; reason: string };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_IDS = 100;
export const MAX_QUERY_LENGTH = 200;
/** Longer values are refused whole: no setting of this app needs that much, and a huge value is a broken link. */
export const MAX_PARAM_LENGTH = 4000;
// Timeline windows stay inside these years: wider than any date in the record, narrow enough to reject nonsense.
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2040, 0, 1);
const MIN_SPAN = MINUTE;

const ok = <T>(value: T): Reading<T> => ({ ok: true, value });
const no = <T>(reason: string): Reading<T> => ({ ok: false, reason });

export function readEventId(raw: string): Reading<string> {
  return raw.length <= 80 && SLUG.test(raw) ? ok(raw) : no('is not an event id');
}

/** A comma-separated list of ids; malformed entries are dropped, and the reading fails only if none is left. */
export function readIdList(raw: string): Reading<string[]> & { dropped: string[] } {
  const parts = raw.split(',').filter((p) => p.length > 0);
  const valid = [...new Set(parts.filter((p) => p.length <= 80 && SLUG.test(p)))].slice(0, MAX_IDS);
  const dropped = parts.filter((p) => !valid.includes(p));
  if (valid.length === 0) return { ...no('names nothing the record has'), dropped };
  return { ...ok(valid), dropped };
}

/** Tracks: a list of ids, or `none` for "every track hidden". */
export function readTrackList(raw: string): Reading<string[]> & { dropped: string[] } {
  if (raw === 'none') return { ...ok([]), dropped: [] };
  return readIdList(raw);
}

export function readMatch(raw: string): Reading<MatchMode> {
  return raw === 'any' || raw === 'all' ? ok(raw) : no('can only be “any” or “all”');
}

export function readQuery(raw: string): Reading<string> {
  if (raw.length > MAX_QUERY_LENGTH) return no(`is longer than ${MAX_QUERY_LENGTH} characters`);
  // Control characters have no place in a search and could only confuse what is shown back.
  return ok(raw.replace(/\p{Cc}/gu, ' '));
}

const MINUTE_TEXT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

function readMinute(text: string): number | null {
  const m = MINUTE_TEXT.exec(text);
  if (!m) return null;
  const [y, mo, d, h = '0', mi = '0'] = m.slice(1).map((part) => part ?? '0') as string[];
  if (Number(h) > 23 || Number(mi) > 59) return null;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
  const check = new Date(ms);
  // Reject dates the calendar does not have (2025-02-30) instead of letting Date roll them over.
  if (check.getUTCDate() !== Number(d) || check.getUTCMonth() !== Number(mo) - 1) return null;
  return ms;
}

function writeMinute(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16);
}

/** The visible window, `2025-05-09/2025-07-30` or with times `2025-07-23T18:00/2025-07-23T23:00` (wall clock). */
export function readWindow(raw: string): Reading<TimeWindow> {
  const parts = raw.split('/');
  if (parts.length !== 2) return no('is not a time span (two dates with a “/” between them)');
  const start = readMinute(parts[0]!);
  const end = readMinute(parts[1]!);
  if (start === null || end === null) return no('has a date the calendar does not have');
  if (end <= start) return no('ends before it starts');
  if (end - start < MIN_SPAN) return no('is shorter than a minute');
  if (start < EARLIEST || end > LATEST) return no('lies outside the years the record can show');
  return ok({ start, end });
}

export function writeWindow(w: TimeWindow): string {
  return `${writeMinute(w.start)}/${writeMinute(w.end)}`;
}

const fromReading =
  <T>(read: (raw: string) => Reading<T>) =>
  (raw: string): T | null => {
    if (raw.length > MAX_PARAM_LENGTH) return null;
    const reading = read(raw);
    return reading.ok ? reading.value : null;
  };

const idsEqual = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

// The address bar follows the view a moment after the last change, not within the change itself: writing history
// is work the frames that show a tick or a zoom step need not do, and a burst of changes (arrow keys through
// events, ticks in a row, a pan) becomes one history step, not one per change. What the page shows never waits for it, and links are built from the view (`viewUrl`), so a
// link copied in between is already the new one.
const WRITE_AFTER = debounce(250);

/** The URL's parameters: name → parser. Unknown names in a link are ignored (and reported by the audit). */
export const viewParsers = {
  event: createParser({ parse: fromReading(readEventId), serialize: (id: string) => id }).withOptions({
    history: 'push',
    limitUrlUpdates: WRITE_AFTER,
  }),
  actors: createParser({ parse: fromReading(readIdList), serialize: (ids: string[]) => ids.join(','), eq: idsEqual })
    .withDefault([])
    .withOptions({ history: 'push', clearOnDefault: true, limitUrlUpdates: WRITE_AFTER }),
  match: createParser({ parse: fromReading(readMatch), serialize: (m: MatchMode) => m })
    .withDefault('any')
    .withOptions({ history: 'push', clearOnDefault: true, limitUrlUpdates: WRITE_AFTER }),
  tracks: createParser({
    parse: fromReading(readTrackList),
    serialize: (ids: string[]) => (ids.length === 0 ? 'none' : ids.join(',')),
    eq: idsEqual,
  }).withOptions({ history: 'push', limitUrlUpdates: WRITE_AFTER }),
  // Typing replaces the entry instead of adding one history step per keystroke.
  q: createParser({ parse: fromReading(readQuery), serialize: (q: string) => q })
    .withDefault('')
    .withOptions({ history: 'replace', clearOnDefault: true, limitUrlUpdates: WRITE_AFTER }),
  // Pans and zooms replace the entry instead of flooding history.
  window: createParser({
    parse: fromReading(readWindow),
    serialize: writeWindow,
    eq: (a: TimeWindow, b: TimeWindow) => Math.abs(a.start - b.start) < MIN_SPAN && Math.abs(a.end - b.end) < MIN_SPAN,
  }).withOptions({ history: 'replace', limitUrlUpdates: WRITE_AFTER }),
};

export type ViewParamName = keyof typeof viewParsers;

export function useViewParams() {
  return useQueryStates(viewParsers);
}

export type ViewState = Values<typeof viewParsers>;

const serializeView = createSerializer(viewParsers);

/**
 * The link to a view: `base` (the page's address, by default) with the view's parameters written as the address bar
 * will hold them, and any other parameters it carries (such as `v`) kept.
 */
export function viewUrl(view: ViewState, base: string = window.location.href): string {
  return serializeView(base, view);
}
