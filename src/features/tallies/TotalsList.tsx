import { memo, useId } from 'react';
import type { Tally } from '../../data/schema';
import {
  CARRIED_OUT_WORDS,
  DIRECTION_LABELS,
  figureText,
  hiddenFiguresText,
  KIND_LABELS,
  nameOf,
  STATUS_LABELS,
} from '../../data/tally-words';
import { StatusBadge } from '../../components/StatusBadge';
import type { KindTotals, StatusTotals, TotalGroup, Totals } from './totals';

/** "339 children on Kyiv's list of abducted children", "all soldiers under the age of 25", "civilians: number not given". */
function figureWithLabel(tally: Tally): string {
  if (tally.count === null && tally.qualifier !== 'all') return `${tally.label}: number not given`;
  return `${figureText(tally)} ${tally.label}`;
}

/** Why a figure is listed rather than added, in a reader's words; claims are explained once, for all of them. */
function listedWhy(tally: Tally, names: ReadonlyMap<string, string>): string {
  const round = `round ${tally.round}`;
  if (tally.status === 'claimed')
    return tally.claimedBy ? `${round}, claimed by ${nameOf(names, tally.claimedBy)}` : round;
  if (tally.count === null || tally.qualifier === 'all') return `${round}, no number given`;
  return `${round}, direction not given`;
}

function GroupLine({ group }: { group: TotalGroup }) {
  const terms = group.terms.map((t) => `${figureText(t)} (round ${t.round})`).join(' + ');
  if (!group.sum.ok) {
    return (
      <p>
        No total {DIRECTION_LABELS[group.direction]}: {group.sum.reason}.{' '}
        <span className="text-slate-600 dark:text-slate-400">Shown: {terms}.</span>
      </p>
    );
  }
  const single = group.terms.length === 1;
  return (
    <p>
      <strong className="text-base">
        {figureText(group.sum)} {DIRECTION_LABELS[group.direction]}
      </strong>{' '}
      <span className="text-slate-600 dark:text-slate-400">
        {single ? `— round ${group.terms[0]!.round} only` : `= ${terms}`}
      </span>
    </p>
  );
}

function KindEntry({ entry, names }: { entry: KindTotals; names: ReadonlyMap<string, string> }) {
  const claims = entry.listed.length > 0 && entry.listed.every((t) => t.status === 'claimed');
  const shownGroups = entry.groups.filter((g) => g.terms.length > 0);
  // Groups the filters hide whole, and hidden figures that would be listed, are counted on one line.
  const hidden = entry.hiddenListed + entry.groups.reduce((n, g) => n + (g.terms.length === 0 ? g.hidden : 0), 0);
  const anyShown = shownGroups.length > 0 || entry.listed.length > 0;
  return (
    <li>
      <p className="font-semibold">
        {KIND_LABELS[entry.kind]}
        {entry.carriedOut && (
          <span className="font-normal text-slate-700 dark:text-slate-300">
            {' '}
            · agreed; {CARRIED_OUT_WORDS[entry.carriedOut]}
          </span>
        )}
      </p>
      <div className="mt-1 space-y-1">
        {shownGroups.map((g) => (
          <GroupLine key={g.direction} group={g} />
        ))}
        {entry.listed.length > 0 && (
          <>
            {shownGroups.length > 0 && !claims && (
              <p className="text-slate-700 dark:text-slate-300">
                Also {STATUS_LABELS[entry.listed[0]!.status].toLowerCase()}, not added to the total:
              </p>
            )}
            <ul className="list-disc space-y-1 pl-5">
              {entry.listed.map((t) => (
                <li key={t.id}>
                  {figureWithLabel(t)}{' '}
                  <span className="text-slate-600 dark:text-slate-400">({listedWhy(t, names)})</span>
                </li>
              ))}
            </ul>
          </>
        )}
        {hidden > 0 && <p className="italic">{hiddenFiguresText(hidden, anyShown)}</p>}
      </div>
    </li>
  );
}

const STATUS_NOTE: Partial<Record<Tally['status'], string>> = {
  claimed: 'Claims are listed, never added up.',
};

/** On wide screens what was agreed fills the first column, beside the other statuses stacked in the second. */
const SPAN_BESIDE: Record<number, string> = { 2: '@3xl:row-span-2', 3: '@3xl:row-span-3' };

function StatusPart({ part, span, names }: { part: StatusTotals; span: string; names: ReadonlyMap<string, string> }) {
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className={`rounded-md border border-slate-200 p-3 dark:border-slate-800 ${span}`}
    >
      <h4 id={headingId} className="flex flex-wrap items-center gap-2 font-semibold">
        <StatusBadge status={part.status} />
      </h4>
      {STATUS_NOTE[part.status] && (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{STATUS_NOTE[part.status]}</p>
      )}
      <ul className="mt-2 space-y-3">
        {part.kinds.map((entry) => (
          <KindEntry key={entry.kind} entry={entry} names={names} />
        ))}
      </ul>
      {part.silences.map((s) => (
        <p key={s.id} className="mt-3 text-xs text-slate-600 dark:text-slate-400">
          <span className="italic">Not reported in the sources:</span> {s.topic}.{s.note && ` ${s.note}`}
        </p>
      ))}
    </section>
  );
}

/** The answer to "what was agreed?": the figures by status, added only like to like (see totals.ts for the rule). */
export const TotalsList = memo(function TotalsList({
  totals,
  names,
}: {
  totals: Totals;
  names: ReadonlyMap<string, string>;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="mt-6">
      <h3 id={headingId} className="font-semibold">
        What was agreed, all rounds together
      </h3>
      <p className="mt-1 max-w-3xl text-sm text-slate-600 dark:text-slate-300">
        Added up here from the figures by round; the sources give no totals. Only figures of the same kind, status and
        direction are added: prisoners are never added to bodies, nor “each side” to “to Ukraine”. “At least” plus “at
        least” stays “at least”, and an “about” makes the sum “about”.
      </p>
      <div className="mt-3 grid items-start gap-4 text-sm @3xl:grid-cols-2">
        {totals.statuses.map((part, i) => (
          <StatusPart
            key={part.status}
            part={part}
            span={i === 0 && part.status === 'agreed' ? (SPAN_BESIDE[totals.statuses.length - 1] ?? '') : ''}
            names={names}
          />
        ))}
      </div>
    </section>
  );
});
