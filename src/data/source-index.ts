// Sources by id, each with its publication date resolved from the dataset's `dates` table: what every citation shows.
import { dateIn, type ResolvedDate } from './edtf';
import type { Dataset, Source } from './schema';

export interface IndexedSource extends Source {
  /** The date the page shows, resolved; null when the page shows none. */
  publishedDate: ResolvedDate | null;
}

export function sourceIndex(dataset: Pick<Dataset, 'sources' | 'dates'>): Map<string, IndexedSource> {
  return new Map(
    dataset.sources.map((s) => [
      s.id,
      { ...s, publishedDate: s.published === null ? null : dateIn(dataset.dates, s.published) },
    ]),
  );
}
