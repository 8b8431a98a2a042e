import type { Citer, LocatedQuote } from '../../data/source-articles';
import { eventHref } from '../../lib/source-links';

const KIND_WORDS: Record<Citer['kind'], string> = {
  event: 'Event',
  tally: 'Figure',
  role: 'Role',
  claim: 'Disagreement',
};

/** What cites each passage that ends in the paragraph above: a link to the event page that shows it. */
export function CitedBy({ quotes }: { quotes: readonly LocatedQuote[] }) {
  return (
    <ul className="mt-1 space-y-1 text-xs text-slate-700 dark:text-slate-300">
      {quotes.map((q) => (
        <li key={q.key}>
          <span className="font-semibold">Cited: </span>“{shortQuote(q.quote)}” by{' '}
          {q.citers.map((citer, i) => (
            <span key={`${citer.kind}-${citer.id}-${i}`}>
              {i > 0 && '; '}
              <CiterLink citer={citer} />
            </span>
          ))}
        </li>
      ))}
    </ul>
  );
}

function CiterLink({ citer }: { citer: Citer }) {
  const event =
    citer.kind === 'event' ? citer.id : citer.kind === 'tally' || citer.kind === 'claim' ? citer.event : undefined;
  const words = `${KIND_WORDS[citer.kind]}: ${citer.label}`;
  if (event === undefined) return <span>{words}</span>;
  return (
    <a href={eventHref(event)} className="text-blue-800 underline dark:text-sky-300">
      {words}
    </a>
  );
}

function shortQuote(quote: string): string {
  const words = quote.replace(/\s+/g, ' ').trim().split(' ');
  return words.length <= 8 ? words.join(' ') : `${words.slice(0, 8).join(' ')}…`;
}
