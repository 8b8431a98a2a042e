import { useId, useMemo } from 'react';
import { OutcomeSentences, type RoleStyles } from '../../components/OutcomeSentences';
import { roundOutcomes } from '../../data/round-outcomes';
import type { Dataset } from '../../data/schema';

// Paper has no colour to lean on: a status word is bold and a silence italic, as in the lead on screen.
const ROLE_STYLES: RoleStyles = {
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
            <strong>{outcome.heading}.</strong> <OutcomeSentences sentences={outcome.sentences} styles={ROLE_STYLES} />
          </li>
        ))}
      </ol>
    </section>
  );
}
