import { formatDate } from '../data/edtf';
import type { IndexedSource } from '../data/source-index';
import { Highlighted } from './Highlighted';
import type { Citation } from '../data/schema';

/** Quotes with their publisher, headline and publication date: how every fact in the app is shown to be sourced. */
interface Props {
  citations: Citation[];
  sources: ReadonlyMap<string, IndexedSource>;
  /** Search words to mark in the quotes. */
  highlight?: readonly string[];
}

export function CitationList({ citations, sources, highlight = [] }: Props) {
  return (
    <ul className="space-y-2">
      {citations.map((c, i) => {
        const source = sources.get(c.source);
        return (
          <li key={`${c.source}-${i}`} className="border-l-4 border-slate-300 pl-3 dark:border-slate-600">
            <blockquote className="text-sm italic">
              <Highlighted text={c.quote} words={highlight} />
            </blockquote>
            {source && (
              <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
                {source.publisher}, “{source.headline}”,{' '}
                {source.publishedDate ? formatDate(source.publishedDate) : 'publication date not shown on the page'}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
