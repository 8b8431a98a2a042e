// How an exported or printed citation names its source: publisher (a copy by its original, an opinion piece as one),
// headline and the date the page shows.
import { formatDate } from './edtf';
import type { IndexedSource } from './source-index';
import type { Citation } from './schema';

/** "23 July 2025", or "undated" when the page shows no date. */
export function publishedText(source: IndexedSource | undefined): string {
  return source?.publishedDate ? formatDate(source.publishedDate) : 'undated';
}

/** Citations in one spreadsheet cell: "Reuters — “quote” | Reuters, republished by CGTN — “quote”". */
export function citationsCell(citations: readonly Citation[], sources: ReadonlyMap<string, IndexedSource>): string {
  return citations.map((c) => `${sources.get(c.source)?.credit ?? c.source} — “${c.quote}”`).join(' | ');
}
