import { memo, useId } from 'react';
import type { Tally } from '../../data/schema';
import { DIRECTION_LABELS, figureText, KIND_LABELS, nameOf, tallyPhrase } from '../../data/tally-words';
import { StatusBadge } from '../../components/StatusBadge';
import type { TotalGroup, Totals } from './totals';

function leftOutText(tally: Tally): string {
  if (tally.qualifier === 'all') return tallyPhrase(tally);
  if (tally.count === null) return `${tally.label} (number not given)`;
  return `${figureText(tally)} ${tally.label}`;
}

function Sum({ group }: { group: TotalGroup }) {
  const terms = group.terms.map((t) => `${figureText(t)} (round ${t.round})`).join(' + ');
  const single = group.terms.length === 1 ? `round ${group.terms[0]?.round} only` : null;
  if (!group.sum.ok) {
    return (
      <p className="mt-1">
        No total: {group.sum.reason}. <span className="text-slate-600 dark:text-slate-400">Figures: {terms}.</span>
      </p>
    );
  }
  return (
    <p className="mt-1">
      <strong className="text-base">
        {figureText(group.sum)} {DIRECTION_LABELS[group.direction]}
      </strong>{' '}
      <span className="text-slate-600 dark:text-slate-400">{single ? `— ${single}` : `= ${terms}`}</span>
    </p>
  );
}

/** Totals across rounds, added only like to like (see totals.ts for the rule), and what is never added. */
export const TotalsList = memo(function TotalsList({
  totals,
  names,
}: {
  totals: Totals;
  names: ReadonlyMap<string, string>;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="font-semibold">
        Totals across rounds
      </h3>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
        Added up here, not given as totals by the sources, and only where the kind, the status and the direction are the
        same. “At least” plus “at least” stays “at least”; an “about” makes the sum “about”; the two are never mixed.
      </p>
      <ul className="mt-3 space-y-3 text-sm">
        {totals.groups.map((g) => (
          <li
            key={`${g.kind}-${g.status}-${g.direction}`}
            className="rounded-md border border-slate-200 p-2 dark:border-slate-800"
          >
            <p className="flex flex-wrap items-center gap-2 font-medium">
              {KIND_LABELS[g.kind]} <StatusBadge status={g.status} />
            </p>
            <Sum group={g} />
          </li>
        ))}
      </ul>
      {totals.leftOut.length > 0 && (
        <>
          <h4 className="mt-4 text-sm font-semibold">Not added to anything</h4>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
            {totals.leftOut.map(({ tally, reason }) => (
              <li key={tally.id}>
                {leftOutText(tally)} (round {tally.round}
                {tally.claimedBy && `, claimed by ${nameOf(names, tally.claimedBy)}`}): {reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
});
