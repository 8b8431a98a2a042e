import { Fragment, useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { formatDate } from '../data/edtf';
import { useDateWords } from '../i18n/date-words';
import { messages as shared } from '../i18n/messages';
import { messages } from './messages';
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
        <FormattedMessage {...messages.oneReport} values={{ publisher, pages: group.articles }} />
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
  const intl = useIntl();
  const dateWords = useDateWords();
  // Quotes are the sources' English, verbatim, whatever the page's language: a reader of another language is told so.
  const translatedPage = !intl.locale.startsWith('en');
  return (
    <li className="border-l-4 border-slate-300 pl-3 dark:border-slate-600">
      <blockquote lang="en" className="text-sm italic">
        <Highlighted text={citation.quote} words={highlight} />
      </blockquote>
      {translatedPage && (
        <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
          <FormattedMessage {...shared.sourceIsEnglish} />
        </p>
      )}
      {source && (
        <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
          <span lang="en">
            {source.credit}, “{source.headline}”
          </span>
          ,{' '}
          {source.publishedDate ? (
            formatDate(source.publishedDate, dateWords)
          ) : (
            <FormattedMessage {...messages.noPublicationDate} />
          )}
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
      <FormattedMessage
        {...messages.readInArticle}
        values={{ publisher, hidden: (words) => <span className="sr-only">{words}</span> }}
      />
    </a>
  );
}
