// Sources by id, each with its publication date resolved from the dataset's `dates` table and the words that credit
// it: what every citation shows.
import { dateIn, type ResolvedDate } from './edtf';
import type { Dataset, Source } from './schema';

export interface IndexedSource extends Source {
  /** The date the page shows, resolved; null when the page shows none. */
  publishedDate: ResolvedDate | null;
  /**
   * The report the article carries: its own id, or its original's for a copy. Quotes of one report are never
   * independent of each other, however many pages print them.
   */
  report: string;
  /** The original's publisher, for a copy. */
  originalPublisher?: string;
  /**
   * How a citation names it: "Reuters", "Reuters, republished by CGTN", "EconoTimes, condensed from Reuters",
   * "Telegraph (opinion)".
   */
  credit: string;
}

function credit(source: Source, original: Source | undefined): string {
  const own = source.genre === 'opinion' ? `${source.publisher} (opinion)` : source.publisher;
  if (!original || !source.copyOf) return own;
  // A reprint is the original's words, so it is credited to the original; a condensed rewrite is its own words.
  return source.copyOf.relation === 'republishes'
    ? `${original.publisher}, republished by ${own}`
    : `${own}, condensed from ${original.publisher}`;
}

export function sourceIndex(dataset: Pick<Dataset, 'sources' | 'dates'>): Map<string, IndexedSource> {
  const byId = new Map(dataset.sources.map((s) => [s.id, s]));
  return new Map(
    dataset.sources.map((s) => {
      // A copy's original that is missing, or itself a copy, is reported by the data check; here it is ignored.
      const candidate = s.copyOf ? byId.get(s.copyOf.source) : undefined;
      const original = candidate && !candidate.copyOf && candidate.id !== s.id ? candidate : undefined;
      const indexed: IndexedSource = {
        ...s,
        publishedDate: s.published === null ? null : dateIn(dataset.dates, s.published),
        report: original?.id ?? s.id,
        credit: credit(s, original),
      };
      if (original) indexed.originalPublisher = original.publisher;
      return [s.id, indexed];
    }),
  );
}

export interface ReportGroup<C extends { source: string }> {
  /** The report's id: its original article's. */
  report: string;
  citations: C[];
  /** How many different articles (the original and its copies) the citations come from. */
  articles: number;
}

/**
 * Citations grouped by the report they come from, in the order each report is first cited, so that a quote from a
 * copy and one from its original are shown and counted as one report.
 */
export function groupByReport<C extends { source: string }>(
  citations: readonly C[],
  sources: ReadonlyMap<string, IndexedSource>,
): ReportGroup<C>[] {
  const groups = new Map<string, C[]>();
  for (const c of citations) {
    const report = sources.get(c.source)?.report ?? c.source;
    groups.set(report, [...(groups.get(report) ?? []), c]);
  }
  return [...groups].map(([report, members]) => ({
    report,
    citations: members,
    articles: new Set(members.map((c) => c.source)).size,
  }));
}
