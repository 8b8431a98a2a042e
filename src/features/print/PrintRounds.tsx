import { Fragment, useId, useMemo } from 'react';
import { roundOutcomes, type Segment } from '../../data/round-outcomes';
import type { Dataset } from '../../data/schema';

// Paper has no colour to lean on: a status word is bold and a silence italic, as in the lead on screen.
const ROLE_STYLES: Record<NonNullable<Segment['role']>, string> = {
  status: 'font-semibold',
  quote: '',
  silence: 'italic',
};

/** The lead's "what each round produced", word for word (round-outcomes.ts), as paragraphs. */
export function PrintRounds({ dataset, filtered }: { dataset: Dataset; filtered: boolean }) {
  const headingId = useId();
  const outcomes = useMemo(() => roundOutcomes(dataset), [dataset]);
  return (
    <section aria-labelledby={headingId} className="print-part">
      <h2 id={headingId} className="text-lg font-semibold">
        What each round produced
      </h2>
      {filtered && (
        <p className="mt-1 text-sm">The whole record, as on screen: the view’s filters apply to the parts below.</p>
      )}
      <ol className="mt-1 space-y-2">
        {outcomes.map((outcome) => (
          <li key={outcome.round} className="text-sm">
            <strong>{outcome.heading}.</strong>{' '}
            {outcome.sentences.map((sentence, i) => (
              <Fragment key={i}>
                {i > 0 && ' '}
                {sentence.map((part, j) =>
                  part.role ? (
                    <span key={j} className={ROLE_STYLES[part.role]}>
                      {part.text}
                    </span>
                  ) : (
                    part.text
                  ),
                )}
              </Fragment>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
