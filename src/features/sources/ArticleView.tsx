import { useEffect, useId, useMemo, useRef } from 'react';
import type { Dataset } from '../../data/schema';
import { allCitations, articleParagraphs, articleText, locateCitations } from '../../data/source-articles';
import type { ArticleEntry } from '../../data/source-documents';
import { sourceIndex } from '../../data/source-index';
import { sourcesHref } from '../../lib/source-links';
import { ArticleFacts } from './ArticleFacts';
import { BackControl, type BackProps } from './BackControl';
import { Paragraphs } from './Paragraphs';

interface Props extends BackProps {
  dataset: Dataset;
  entry: ArticleEntry;
  /** The text of the captured page the article is on. */
  fileText: string;
  /** The quote key the address names (`#q-<key>`), or null. */
  requested: string | null;
}

/** One article as it stands on its captured page, with everything the record quotes from it marked. */
export function ArticleView({ dataset, entry, fileText: file, requested, cameFromPage, onBack }: Props) {
  const { article } = entry;
  const headingId = useId();
  const body = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const paragraphs = useMemo(() => articleParagraphs(file, article), [file, article]);
  const located = useMemo(() => {
    const own = allCitations(dataset).filter((c) => c.source === article.id);
    return locateCitations(articleText(file, article.lines), own).located;
  }, [dataset, file, article]);
  const source = sourceIndex(dataset).get(article.id);
  const quote = requested !== null && located.some((q) => q.key === requested) ? requested : null;

  // The named quote is scrolled to and focused, so a screen reader reads it out; without one, a reader who came
  // from another page starts at the article's heading.
  useEffect(() => {
    const mark = quote === null ? null : body.current?.querySelector<HTMLElement>(`[data-quote-start~="${quote}"]`);
    if (mark) {
      mark.scrollIntoView?.({ block: 'center' });
      mark.focus({ preventScroll: true });
    } else if (cameFromPage) {
      heading.current?.focus();
    }
  }, [quote, article.id, cameFromPage]);

  return (
    <article aria-labelledby={headingId} className="mx-auto max-w-3xl">
      <nav aria-label="Sources" className="flex flex-wrap gap-x-4 gap-y-2 text-sm">
        <BackControl cameFromPage={cameFromPage} onBack={onBack} />
        <a href={sourcesHref()} className="font-medium text-blue-800 underline dark:text-sky-300">
          All sources of the record
        </a>
      </nav>
      <p className="mt-4 text-sm font-medium text-slate-700 dark:text-slate-300">
        {source?.credit ?? article.publisher}
      </p>
      <h2 id={headingId} ref={heading} tabIndex={-1} className="mt-1 text-2xl font-semibold focus:outline-none">
        {article.headline}
      </h2>
      <ArticleFacts dataset={dataset} entry={entry} source={source} quotes={located.length} />
      {requested !== null && quote === null && (
        <p role="status" className="mt-4 rounded border border-amber-700 p-2 text-sm dark:border-amber-400">
          The quote this address names is not one the record takes from this article; the passages it does take are
          marked below.
        </p>
      )}
      <div ref={body} className="mt-6">
        <Paragraphs paragraphs={paragraphs} located={located} requested={quote} />
      </div>
    </article>
  );
}
