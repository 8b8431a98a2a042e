// The sources page and an article's view: one chunk, loaded only on those pages, with the captured pages' text.
import type { ReactNode } from 'react';
import type { Dataset } from '../../data/schema';
import { findArticle } from '../../data/source-documents';
import { quoteKeyOfFragment } from '../../lib/source-links';
import { ArticleView } from './ArticleView';
import type { BackProps } from './BackControl';
import { SourcesPage } from './SourcesPage';
import { sourceText } from './source-texts';

interface Props extends BackProps {
  dataset: Dataset;
  /** The article to show, or null for the sources page. */
  articleId: string | null;
  /** The address's fragment, which may name a quote (`q-<key>`). */
  fragment: string;
  /** What an article id the record does not have shows. */
  notFound: ReactNode;
}

export default function SourcesViews({ dataset, articleId, fragment, notFound, cameFromPage, onBack }: Props) {
  if (articleId === null) return <SourcesPage dataset={dataset} cameFromPage={cameFromPage} onBack={onBack} />;
  const entry = findArticle(articleId);
  if (!entry) return notFound;
  return (
    <ArticleView
      key={articleId}
      dataset={dataset}
      entry={entry}
      fileText={sourceText(entry.document.file) ?? ''}
      requested={quoteKeyOfFragment(fragment)}
      cameFromPage={cameFromPage}
      onBack={onBack}
    />
  );
}
