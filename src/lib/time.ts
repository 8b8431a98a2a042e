// Time as the app counts it: wall-clock moments carried as UTC milliseconds (no source states Istanbul's offset).

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A stretch of time on the timeline, in UTC milliseconds: what the view shows and what the URL's `window` holds. */
export interface TimeWindow {
  start: number;
  end: number;
}
