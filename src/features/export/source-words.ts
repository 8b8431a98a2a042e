// How an exported or printed citation names its source: publisher, headline and the date the page shows.
import { formatEdtf } from '../../data/edtf';
import type { Citation, Source } from '../../data/schema';

/** "23 July 2025", or "undated" when the page shows no date. */
export function publishedText(source: Source | undefined): string {
  return source?.published ? formatEdtf(source.published) : 'undated';
}

/** Citations in one spreadsheet cell: "Reuters — “quote” | Daily Mail — “quote”". */
export function citationsCell(citations: readonly Citation[], sources: ReadonlyMap<string, Source>): string {
  return citations.map((c) => `${sources.get(c.source)?.publisher ?? c.source} — “${c.quote}”`).join(' | ');
}

export function sourceIndex(sources: readonly Source[]): Map<string, Source> {
  return new Map(sources.map((s) => [s.id, s]));
}
