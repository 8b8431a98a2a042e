import type { ReactNode } from 'react';
import type { Dataset } from '../../data/schema';
import { manifestDateWords, type ArticleEntry } from '../../data/source-documents';
import type { IndexedSource } from '../../data/source-index';
import { articleHref } from '../../lib/source-links';

interface Props {
  dataset: Dataset;
  entry: ArticleEntry;
  source: IndexedSource | undefined;
  quotes: number;
}

/** Where the article comes from and what it is: the facts a reader weighs before trusting a quote. */
export function ArticleFacts({ dataset, entry, source, quotes }: Props) {
  const { article, document } = entry;
  const original = source?.copyOf ? dataset.sources.find((s) => s.id === source.copyOf?.source) : undefined;
  return (
    <dl className="mt-4 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
      <Fact term="Publisher">{article.publisher}</Fact>
      {article.dateline !== null && <Fact term="Dateline">{article.dateline}</Fact>}
      <Fact term="Published">
        <span className="font-medium">{manifestDateWords(dataset.dates, article.published)}</span>.{' '}
        {article.publishedNote}
      </Fact>
      {source?.genre === 'opinion' && (
        <Fact term="Genre">
          <span className="font-medium">Opinion</span>, not news reporting. {source.genreNote}
        </Fact>
      )}
      {source?.copyOf && (
        <Fact term="Copy of">
          {source.copyOf.relation === 'republishes' ? 'Republishes ' : 'Condenses '}
          {original ? (
            <a href={articleHref(original.id)} className="text-blue-800 underline dark:text-sky-300">
              {original.publisher}, “{original.headline}”
            </a>
          ) : (
            source.copyOf.source
          )}
          : the same report, never a second source for it. {source.copyOf.note}
        </Fact>
      )}
      <Fact term="Captured from">{document.page}</Fact>
      <Fact term="Captured">
        <span className="font-medium">{manifestDateWords(dataset.dates, document.captured)}</span>.{' '}
        {document.capturedNote}
      </Fact>
      <Fact term="Where in the file">
        data/sources/{document.file}, lines {article.lines[0]}–{article.lines[1]}
      </Fact>
      <Fact term="Use in the record">
        {article.onTopic
          ? `On topic. ${quotes === 0 ? 'No passage is quoted.' : `${quotes} ${quotes === 1 ? 'passage is' : 'passages are'} quoted, marked below with what cites each.`}`
          : `Off topic: ${article.offTopicReason ?? 'not about the talks'} Nothing is quoted from it.`}
      </Fact>
    </dl>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-semibold text-slate-700 dark:text-slate-300">{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
