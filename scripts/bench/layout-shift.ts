// The cumulative layout shift of a load, scored as the Layout Instability spec's CLS is in Chromium and web-vitals:
// shifts that follow recent input are left out (the reader caused them); the rest are grouped into session windows,
// and the score is the sum of the largest window. A window takes the next shift while it comes less than a second
// after the one before and less than five seconds after the window's first; a plain sum would grow with the time a
// page is watched, a window score does not.
import type { Shift } from './in-page';

const GAP_MS = 1000;
const WINDOW_MS = 5000;

export function layoutShiftScore(shifts: Shift[]): number {
  let largest = 0;
  let current = 0;
  let first = 0;
  let last = 0;
  for (const shift of [...shifts].sort((a, b) => a.startTime - b.startTime)) {
    if (shift.hadRecentInput) continue;
    if (current > 0 && shift.startTime - last < GAP_MS && shift.startTime - first < WINDOW_MS) {
      current += shift.value;
    } else {
      current = shift.value;
      first = shift.startTime;
    }
    last = shift.startTime;
    largest = Math.max(largest, current);
  }
  return Math.round(largest * 10_000) / 10_000;
}
