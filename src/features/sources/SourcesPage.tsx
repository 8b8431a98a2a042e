import { useEffect, useId, useMemo, useRef } from 'react';
import type { Dataset } from '../../data/schema';
import { allCitations, articleCounts, type ArticleCounts } from '../../data/source-articles';
import { manifestDateWords, sourceDocuments } from '../../data/source-documents';
import { sourceIndex } from '../../data/source-index';
import { articleHref } from '../../lib/source-links';
import { BackControl, type BackProps } from './BackControl';

/** The captured pages, the articles on them, and how much of the record rests on each. */
export function SourcesPage({ dataset, cameFromPage, onBack }: BackProps & { dataset: Dataset }) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const citations = useMemo(() => allCitations(dataset), [dataset]);
  const sources = useMemo(() => sourceIndex(dataset), [dataset]);
  useEffect(() => {
    if (cameFromPage) heading.current?.focus();
  }, [cameFromPage]);
  const articles = sourceDocuments.flatMap((d) => d.articles);
  const onTopic = articles.filter((a) => a.onTopic).length;
  return (
    <section aria-labelledby={headingId} className="mx-auto max-w-4xl">
      <nav aria-label="Sources" className="text-sm">
        <BackControl cameFromPage={cameFromPage} onBack={onBack} />
      </nav>
      <h2 id={headingId} ref={heading} tabIndex={-1} className="mt-4 text-2xl font-semibold focus:outline-none">
        Sources
      </h2>
      <p className="mt-2">
        The record rests on {sourceDocuments.length} captured news pages holding {articles.length} articles, {onTopic}{' '}
        of them on the talks. Open an article to read it as it stands, with every passage the record quotes marked.
      </p>
      <p className="mt-2 rounded border-l-4 border-blue-800 bg-slate-50 p-3 dark:border-sky-300 dark:bg-slate-900">
        <span className="font-semibold">The rule: </span>every quote in the record must be found verbatim in its
        article, or the build fails. Only white space, quotation marks and apostrophes may differ; the check runs before
        every build.
      </p>
      <ol className="mt-6 space-y-8">
        {sourceDocuments.map((doc, i) => (
          <li key={doc.file}>
            <h3 className="text-lg font-semibold">
              Page {i + 1}: {doc.page}
            </h3>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
              data/sources/{doc.file}, captured {manifestDateWords(dataset.dates, doc.captured)}
            </p>
            <ul className="mt-3 space-y-3">
              {doc.articles.map((article) => (
                <li key={article.id} className="border-l-4 border-slate-300 pl-3 dark:border-slate-600">
                  <h4 className="font-medium">
                    <a href={articleHref(article.id)} className="text-blue-800 underline dark:text-sky-300">
                      {article.headline}
                    </a>
                  </h4>
                  <p className="text-sm">
                    {sources.get(article.id)?.credit ?? article.publisher}, published{' '}
                    {manifestDateWords(dataset.dates, article.published)}
                  </p>
                  <p className="text-sm">
                    {article.onTopic ? (
                      <span className="font-semibold">On topic.</span>
                    ) : (
                      <>
                        <span className="font-semibold">Off topic:</span> {article.offTopicReason}
                      </>
                    )}{' '}
                    {countWords(articleCounts(article.id, citations))}
                  </p>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function countWords(c: ArticleCounts): string {
  if (c.events + c.tallies + c.roles + c.claims === 0) return 'Not cited by the record.';
  const parts = [
    plural(c.events, 'event', 'events'),
    plural(c.tallies, 'figure', 'figures'),
    plural(c.roles, 'role', 'roles'),
  ];
  const claims = c.claims > 0 ? `, and ${plural(c.claims, 'claim', 'claims')} in disagreements` : '';
  return `Cited by ${parts.join(', ')}${claims}.`;
}
