// Dates as the exports write them. The dataset's times are wall-clock times at the event's place (no source gives
// Istanbul's UTC offset), and the dataset's `dates` table keeps them as if they were UTC; so every bound here is written without a
// zone, and only the export's own timestamp (today, now) comes from the reader's clock.

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Today on the reader's calendar, `2025-11-21`: for file names and "accessed" dates. */
export function localIsoDate(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A wall-clock bound from the `dates` table, `2025-07-23T20:37:00`, with no zone because the sources give none. */
export function wallClockIso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}
