import { Fragment, useId } from 'react';
import { formatDate } from '../data/edtf';
import { groupByReport, type IndexedSource, type ReportGroup } from '../data/source-index';
import { Highlighted } from './Highlighted';
import { quoteHref } from '../lib/source-links';
import type { Citation } from '../data/schema';

/**
 * Quotes with their publisher, headline and publication date: how every fact in the app is shown to be sourced.
 * Quotes from one report (an article and its copies on other pages) are grouped as that one report, so a reprint
 * never looks like a second source.
 */
interface Props {
  citations: Citation[];
  sources: ReadonlyMap<string, IndexedSource>;
  /** Search words to mark in the quotes. */
  highlight?: readonly string[];
}

export function CitationList({ citations, sources, highlight = [] }: Props) {
  return (
    <ul className="space-y-2">
      {groupByReport(citations, sources).map((group) =>
        group.articles > 1 ? (
          <SameReport key={group.report} group={group} sources={sources} highlight={highlight} />
        ) : (
          <Fragment key={group.report}>
            {group.citations.map((c, i) => (
              <CitationItem
                key={`${c.source}-${i}`}
                citation={c}
                source={sources.get(c.source)}
                highlight={highlight}
              />
            ))}
          </Fragment>
        ),
      )}
    </ul>
  );
}

function SameReport({
  group,
  sources,
  highlight,
}: {
  group: ReportGroup<Citation>;
  sources: ReadonlyMap<string, IndexedSource>;
  highlight: readonly string[];
}) {
  const headingId = useId();
  const publisher = sources.get(group.report)?.publisher ?? group.report;
  return (
    <li className="border-l-4 border-slate-400 pl-3 dark:border-slate-500">
      <p id={headingId} className="text-xs font-semibold text-slate-700 dark:text-slate-300">
        One report by {publisher}, quoted from {group.articles} pages (not {group.articles} independent sources)
      </p>
      <ul aria-labelledby={headingId} className="mt-1 space-y-2">
        {group.citations.map((c, i) => (
          <CitationItem key={`${c.source}-${i}`} citation={c} source={sources.get(c.source)} highlight={highlight} />
        ))}
      </ul>
    </li>
  );
}

function CitationItem({
  citation,
  source,
  highlight,
}: {
  citation: Citation;
  source: IndexedSource | undefined;
  highlight: readonly string[];
}) {
  return (
    <li className="border-l-4 border-slate-300 pl-3 dark:border-slate-600">
      <blockquote className="text-sm italic">
        <Highlighted text={citation.quote} words={highlight} />
      </blockquote>
      {source && (
        <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
          {source.credit}, “{source.headline}”,{' '}
          {source.publishedDate ? formatDate(source.publishedDate) : 'publication date not shown on the page'}
          {/* On paper a link's words lead nowhere; the printed entry carries its own address. */}
          <span className="print:hidden">
            . <ReadInArticle citation={citation} publisher={source.publisher} />
          </span>
        </p>
      )}
    </li>
  );
}

/** To the article's view, where the quote stands marked among the sentences around it. */
function ReadInArticle({ citation, publisher }: { citation: Citation; publisher: string }) {
  return (
    <a
      href={quoteHref(citation.source, citation.quote)}
      className="inline-block scroll-my-2 font-medium whitespace-nowrap text-blue-800 underline dark:text-sky-300"
    >
      Read in the article <span className="sr-only">by {publisher}, where this quote is marked</span>
    </a>
  );
}
