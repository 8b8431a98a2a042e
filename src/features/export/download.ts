// Hands a file made in the page to the browser's downloads, without a server round trip.
import { localIsoDate } from '../../lib/export-dates';

/** `istanbul-talks-2025-events-2025-11-21.csv`: what, and the day it was taken, so repeated exports do not clash. */
export function exportFileName(what: string, extension: string, day: Date): string {
  return `istanbul-talks-2025-${what}-${localIsoDate(day)}.${extension}`;
}

export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a moment later the file is already handed over.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
