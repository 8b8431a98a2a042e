import type { Conflict, Tally } from '../../data/schema';
import { DIRECTION_LABELS, figureText, nameOf } from '../../data/tally-words';
import { StatusBadge } from '../../components/StatusBadge';

interface Props {
  tally: Tally;
  names: ReadonlyMap<string, string>;
  conflicts: Conflict[];
  open: boolean;
  panelId: string;
  onToggle: () => void;
}

/**
 * The figure button's name starts with the figure it shows, so a voice-control user who says "at least 1,200" reaches
 * it; the rest says what is counted, in which round, and that it opens the sources: "at least 1,200 more prisoners of
 * war, round 3: sources".
 */
function figureButtonName(tally: Tally): string {
  const what =
    tally.count === null && tally.qualifier !== 'all'
      ? `${figureText(tally)} for ${tally.label}`
      : `${figureText(tally)} ${tally.label}`;
  return `${what}, round ${tally.round}: sources`;
}

/** One figure in a cell: the figure itself opens its quotes; then what is counted, direction, status and who says so. */
export function TallyItem({ tally, names, conflicts, open, panelId, onToggle }: Props) {
  const figure = (
    <button
      type="button"
      aria-expanded={open}
      aria-controls={open ? panelId : undefined}
      aria-label={figureButtonName(tally)}
      onClick={onToggle}
      // On paper the figure is text: print.css keeps buttons marked so and drops only their affordance.
      data-print="text"
      className="rounded font-semibold text-blue-800 underline decoration-dotted underline-offset-4 hover:decoration-solid dark:text-sky-300"
    >
      {figureText(tally)}
    </button>
  );
  const noNumber = tally.count === null && tally.qualifier !== 'all';
  return (
    <>
      <p>
        {noNumber ? (
          <>
            <span>{tally.label}:</span> {figure}
          </>
        ) : (
          <>
            {figure} <span>{tally.label}</span>
          </>
        )}
      </p>
      <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
        <span>{DIRECTION_LABELS[tally.direction]}</span>
        <StatusBadge status={tally.status} />
      </p>
      {tally.claimedBy && <p className="mt-1 text-xs font-semibold">Claimed by {nameOf(names, tally.claimedBy)}</p>}
      {tally.statedBy.length > 0 && (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          Stated by {tally.statedBy.map((id) => nameOf(names, id)).join(', ')}
        </p>
      )}
      {conflicts.map((c) => (
        <p key={c.id} className="mt-1 text-xs text-amber-900 dark:text-amber-200">
          Sources disagree: {c.topic}
        </p>
      ))}
    </>
  );
}
