import { useId, useMemo } from 'react';
import { formatPoint } from '../../data/edtf';
import type { Dataset, TimelineEvent } from '../../data/schema';
import { sourceIndex } from '../../data/source-index';
import { PrintChronology } from './PrintChronology';
import { PrintFigures } from './PrintFigures';
import { PrintRounds } from './PrintRounds';
import { currentSiteUrl } from '../../lib/permalinks';

interface Props {
  dataset: Dataset;
  /** The record's title, as the page and its citations give it. */
  title: string;
  /** The events on screen, already filtered, in the order shown. */
  events: readonly TimelineEvent[];
  /** The filters in words, so the paper says which view it is. */
  filtersInWords?: readonly string[];
  /** Events the current filters show; null when nothing is filtered. The figures follow them, as on screen. */
  visibleEventIds?: ReadonlySet<string> | null;
  /** The link to the view printed, read while printing, so the paper leads back to it. */
  getUrl?: () => string;
  /** Where permalinks point; the running app's own address unless given. */
  siteUrl?: string;
}

/** "7 December 2026" for the day 2026-12-07, in the words every other date in the record uses. */
function dayInWords(day: string): string {
  const start = Date.parse(`${day}T00:00:00Z`);
  return formatPoint({ start, end: start, precision: 'day', approximate: false, uncertain: false });
}

/**
 * The view as a printed document: what it is and where it was printed from, what each round produced, the figures by
 * round with their silences, then the chronology with its quotes. Rendered only while printing (WhilePrinting), in the
 * browser, and hidden on screen; src/print.css makes it the whole printed page.
 */
export function PrintDocument({
  dataset,
  title,
  events,
  filtersInWords = [],
  visibleEventIds = null,
  getUrl,
  siteUrl,
}: Props) {
  const headingId = useId();
  const url = getUrl?.();
  const sources = useMemo(() => sourceIndex(dataset), [dataset]);
  return (
    <section aria-labelledby={headingId} className="print-document hidden space-y-6 print:block">
      <header>
        <h1 id={headingId} className="text-2xl font-semibold">
          {title}
        </h1>
        <p className="mt-1">
          Three rounds of direct talks in Istanbul in 2025 and the events around them, each fact quoted from its source.
        </p>
        <p className="mt-2 text-sm">
          {dataset.updated && `Record last updated ${dayInWords(dataset.updated)}. `}
          {url && (
            <>
              Printed from <a href={url}>{url}</a>
            </>
          )}
        </p>
        <p className="text-sm">
          {filtersInWords.length > 0 ? `View: ${filtersInWords.join('; ')}.` : 'View: all events and figures.'}
        </p>
      </header>
      <PrintRounds dataset={dataset} filtered={filtersInWords.length > 0} />
      <PrintFigures dataset={dataset} sources={sources} visibleEventIds={visibleEventIds} />
      <PrintChronology dataset={dataset} sources={sources} events={events} siteUrl={siteUrl ?? currentSiteUrl()} />
    </section>
  );
}
