import { memo, useId, useMemo } from 'react';
import { OutcomeSentences, type RoleStyles } from '../../components/OutcomeSentences';
import { roundOutcomes, type RoundOutcome, type Segment } from '../../data/round-outcomes';
import type { Dataset } from '../../data/schema';

interface Props {
  dataset: Dataset;
  /** Selects the round's meeting and opens its details. */
  onOpenRound: (eventId: string) => void;
  /** The event being read, so its round is marked. */
  selectedEventId?: string | null;
}

const ROLE_STYLES: RoleStyles = {
  status: 'font-semibold text-slate-900 dark:text-slate-50',
  quote: '',
  silence: 'italic text-slate-600 dark:text-slate-400',
};

function Sentences({ id, sentences }: { id: string; sentences: Segment[][] }) {
  return (
    <p id={id} className="mt-1 text-sm leading-5 text-slate-700 dark:text-slate-300">
      <OutcomeSentences sentences={sentences} styles={ROLE_STYLES} />
    </p>
  );
}

function RoundItem({
  outcome,
  selected,
  onOpenRound,
}: {
  outcome: RoundOutcome;
  selected: boolean;
  onOpenRound: (eventId: string) => void;
}) {
  const textId = useId();
  const event = outcome.event;
  const tone = selected
    ? // A ring as well as a colour, so the round being read stands out without colour too.
      'border-blue-800 bg-blue-50 ring-1 ring-blue-800 dark:border-sky-300 dark:bg-blue-950/60 dark:ring-sky-300'
    : 'border-slate-200 bg-white hover:border-blue-400 dark:border-slate-800 dark:bg-slate-900 dark:hover:border-blue-600';
  return (
    // Side by side, each card starts from the width of its words on one line and all shrink in proportion (flex-auto),
    // so a round the sources say little about takes less room than a crowded one, never less than 16rem.
    // The button's ::after covers the whole card, so the card opens the round wherever it is clicked, while the
    // button keeps a short name (the visible heading) and reads the sentences as its description.
    <li className={`relative rounded-lg border px-3 py-2 lg:min-w-64 lg:flex-auto ${tone}`}>
      <h3 className="text-sm font-semibold">
        {event ? (
          <button
            type="button"
            aria-current={selected ? 'true' : undefined}
            aria-describedby={textId}
            onClick={() => onOpenRound(event.id)}
            className="text-left text-blue-900 underline-offset-4 after:absolute after:inset-0 after:rounded-lg hover:underline dark:text-sky-200"
          >
            {outcome.heading}
          </button>
        ) : (
          outcome.heading
        )}
      </h3>
      <Sentences id={textId} sentences={outcome.sentences} />
    </li>
  );
}

/** The lead's "what each round produced": one card per round, in time order, each opening its round. */
export const RoundsAtAGlance = memo(function RoundsAtAGlance({ dataset, onOpenRound, selectedEventId = null }: Props) {
  const headingId = useId();
  const outcomes = useMemo(() => roundOutcomes(dataset), [dataset]);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="text-base font-semibold">
        What each round produced
      </h2>
      <ol className="mt-2 grid gap-2 lg:flex lg:gap-3">
        {outcomes.map((outcome) => (
          <RoundItem
            key={outcome.round}
            outcome={outcome}
            selected={selectedEventId !== null && outcome.event?.id === selectedEventId}
            onOpenRound={onOpenRound}
          />
        ))}
      </ol>
    </section>
  );
});
