import { useId } from 'react';
import { CitationList } from './CitationList';
import type { Conflict } from '../data/schema';
import type { IndexedSource } from '../data/source-index';

/** Competing claims about one figure, side by side, with the one the record shows marked and the reason given. */
interface Props {
  conflict: Conflict;
  sources: ReadonlyMap<string, IndexedSource>;
  /** The heading level that fits where the claims are shown. */
  level?: 4 | 5;
}

export function ConflictClaims({ conflict, sources, level = 5 }: Props) {
  const headingId = useId();
  const Heading = level === 4 ? 'h4' : 'h5';
  return (
    <section aria-labelledby={headingId} className="mt-3">
      <Heading id={headingId} className="text-sm font-semibold">
        Sources disagree: {conflict.topic}
      </Heading>
      <ul aria-label="Competing claims" className="mt-2 grid gap-3 md:grid-cols-2">
        {conflict.claims.map((claim) => {
          const isShown = claim.id === conflict.shown;
          return (
            <li
              key={claim.id}
              className={`rounded-md p-2 ${
                isShown
                  ? 'border-2 border-blue-700 dark:border-sky-400'
                  : 'border border-slate-300 dark:border-slate-600'
              }`}
            >
              <p className="text-xs font-semibold tracking-wide uppercase">
                {isShown ? 'Shown in this record' : 'Competing claim'}
              </p>
              <p className="mt-1 text-sm">{claim.claim}</p>
              <div className="mt-2">
                <CitationList citations={claim.citations} sources={sources} />
              </div>
              {isShown && (
                <p className="mt-2 text-sm">
                  <span className="font-medium">Why it is shown:</span> {conflict.reason}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
