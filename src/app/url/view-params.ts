// The view's state lives in the URL: these parsers read each parameter (a bad value becomes null, never an error)
// and write it back. nuqs keeps React and the address bar in step and handles Back and Forward.
import { createParser, throttle, useQueryState } from 'nuqs';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Timeline windows stay inside these years: wider than any date in the record, narrow enough to reject nonsense.
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2040, 0, 1);
const MIN_SPAN = 60_000;

/** An event id as it appears in links; anything else is ignored. */
export const eventIdParser = createParser<string>({
  parse: (value) => (value.length <= 80 && SLUG.test(value) ? value : null),
  serialize: (id) => id,
});

export interface TimeWindow {
  start: number;
  end: number;
}

const MINUTE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

function parseMinute(text: string): number | null {
  const m = MINUTE.exec(text);
  if (!m) return null;
  const [y, mo, d, h = '0', mi = '0'] = m.slice(1).map((part) => part ?? '0') as string[];
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
  const check = new Date(ms);
  // Reject dates the calendar does not have (2025-02-30) instead of letting Date roll them over.
  if (check.getUTCDate() !== Number(d) || check.getUTCMonth() !== Number(mo) - 1) return null;
  if (Number(h) > 23 || Number(mi) > 59) return null;
  return ms;
}

function formatMinute(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16);
}

/** The visible time window, `2025-05-09/2025-07-30` or with times `2025-07-23T18:00/2025-07-23T23:00` (wall clock). */
export const timeWindowParser = createParser<TimeWindow>({
  parse(value) {
    const parts = value.split('/');
    if (parts.length !== 2) return null;
    const start = parseMinute(parts[0]!);
    const end = parseMinute(parts[1]!);
    if (start === null || end === null || end - start < MIN_SPAN) return null;
    if (start < EARLIEST || end > LATEST) return null;
    return { start, end };
  },
  serialize: (w) => `${formatMinute(w.start)}/${formatMinute(w.end)}`,
  eq: (a, b) => Math.abs(a.start - b.start) < MIN_SPAN && Math.abs(a.end - b.end) < MIN_SPAN,
});

/** The selected event: each selection is a step in the history, so Back returns to the previous one. */
export function useSelectedEventParam() {
  return useQueryState('event', eventIdParser.withOptions({ history: 'push' }));
}

/** The visible window: pans and zooms replace the entry, at most a few times a second, instead of flooding history. */
export function useTimeWindowParam() {
  return useQueryState('window', timeWindowParser.withOptions({ history: 'replace', limitUrlUpdates: throttle(400) }));
}
