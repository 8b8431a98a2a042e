import { memo, Fragment, useId, useState } from 'react';
import type { Conflict } from '../../data/schema';
import type { IndexedSource } from '../../data/source-index';
import { KIND_LABELS } from '../../data/tally-words';
import { NotReported } from './NotReported';
import { roundHeading } from '../../data/rounds';
import type { GridCell, TallyGrid } from './tally-grid';
import { TallyItem } from './TallyItem';
import { TallySources } from './TallySources';

interface Props {
  grid: TallyGrid;
  conflicts: Conflict[];
  sources: ReadonlyMap<string, IndexedSource>;
  names: ReadonlyMap<string, string>;
  selectedEventId: string | null;
  onSelectEvent: (eventId: string) => void;
}

const selectedCell = 'bg-blue-50 dark:bg-blue-950/60';

/** Kinds × rounds. A figure's quotes open in a full-width row under its kind, so competing claims fit side by side. */
export const TallyTable = memo(function TallyTable({
  grid,
  conflicts,
  sources,
  names,
  selectedEventId,
  onSelectEvent,
}: Props) {
  const baseId = useId();
  const captionId = `${baseId}-label`;
  const panelId = (tallyId: string) => `${baseId}-sources-${tallyId}`;
  const [open, setOpen] = useState<string[]>([]);
  const toggle = (id: string) => setOpen((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  const conflictsOf = (tallyId: string) =>
    conflicts.filter((c) => c.subject.type === 'tally' && c.subject.id === tallyId);
  const isSelected = (i: number) => selectedEventId != null && grid.rounds[i]?.event?.id === selectedEventId;

  const cellContent = (cell: GridCell) => {
    if (cell.state === 'no-record') return <NotReported detail="No record for this round in the dataset" />;
    if (cell.state === 'silence') return <NotReported detail={cell.silences.map((s) => s.topic).join('; ')} />;
    if (cell.state === 'filtered') return <HiddenByFilters count={cell.hidden.length} />;
    return (
      <>
        <ul className="space-y-3">
          {cell.tallies.map((tally) => (
            <li key={tally.id}>
              <TallyItem
                tally={tally}
                names={names}
                conflicts={conflictsOf(tally.id)}
                open={open.includes(tally.id)}
                panelId={panelId(tally.id)}
                onToggle={() => toggle(tally.id)}
              />
            </li>
          ))}
        </ul>
        {cell.hidden.length > 0 && <HiddenByFilters count={cell.hidden.length} more />}
        {cell.silences.map((s) => (
          <p key={s.id} className="mt-3 text-xs text-slate-600 dark:text-slate-400">
            <span className="italic">Not reported in the sources:</span> {s.topic}
          </p>
        ))}
      </>
    );
  };

  return (
    <div className="mt-6">
      {/* The label sits outside the scroll box so it stays in view however far the table is scrolled. */}
      <h3 id={captionId} className="font-semibold">
        Figures by round
      </h3>
      <p className="mt-1 text-xs text-slate-600 sm:hidden dark:text-slate-400">
        The table scrolls sideways: swipe it to see every round.
      </p>
      <div
        role="region"
        aria-labelledby={captionId}
        className="mt-2 overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800"
      >
        <table
          aria-labelledby={captionId}
          className="w-full min-w-[44rem] table-fixed border-collapse text-left align-top text-sm"
        >
          <colgroup>
            <col className="w-36" />
            {grid.rounds.map((c) => (
              <col key={c.round} />
            ))}
          </colgroup>
          <thead>
            <tr className="border-y border-slate-200 dark:border-slate-800">
              <th scope="col" className="sticky left-0 z-10 w-36 bg-white px-3 py-2 font-medium dark:bg-slate-950">
                What is counted
              </th>
              {grid.rounds.map((column, i) => (
                <th key={column.round} scope="col" className={`px-3 py-2 ${isSelected(i) ? selectedCell : ''}`}>
                  {column.event ? (
                    <button
                      type="button"
                      aria-pressed={isSelected(i)}
                      onClick={() => column.event && onSelectEvent(column.event.id)}
                      className="rounded-md border border-blue-300 px-2 py-1 text-left font-semibold text-blue-900 hover:bg-blue-100 aria-pressed:border-blue-800 aria-pressed:bg-blue-800 aria-pressed:text-white dark:border-blue-700 dark:text-blue-100 dark:hover:bg-blue-900 dark:aria-pressed:border-sky-300 dark:aria-pressed:bg-sky-300 dark:aria-pressed:text-slate-950"
                    >
                      {roundHeading(column)}
                    </button>
                  ) : (
                    roundHeading(column)
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row) => (
              <Fragment key={row.kind}>
                <tr className="border-b border-slate-200 dark:border-slate-800">
                  <th
                    scope="row"
                    className="sticky left-0 z-10 bg-white px-3 py-3 align-top font-semibold dark:bg-slate-950"
                  >
                    {KIND_LABELS[row.kind]}
                  </th>
                  {row.cells.map((cell, i) => (
                    <td key={cell.round} className={`px-3 py-3 align-top ${isSelected(i) ? selectedCell : ''}`}>
                      {cellContent(cell)}
                    </td>
                  ))}
                </tr>
                {row.cells
                  .flatMap((cell) => cell.tallies)
                  .filter((tally) => open.includes(tally.id))
                  .map((tally) => (
                    <tr key={`sources-${tally.id}`} className="border-b border-slate-200 dark:border-slate-800">
                      <td colSpan={grid.rounds.length + 1} className="p-0">
                        <TallySources
                          id={panelId(tally.id)}
                          tally={tally}
                          conflicts={conflictsOf(tally.id)}
                          sources={sources}
                        />
                      </td>
                    </tr>
                  ))}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
});

/** Figures the current filters hide: said plainly, so a hidden figure never reads as silence in the sources. */
function HiddenByFilters({ count, more = false }: { count: number; more?: boolean }) {
  return (
    <p className="mt-2 text-sm text-slate-600 italic dark:text-slate-400">
      {count} {more ? 'more ' : ''}
      {count === 1 ? 'figure' : 'figures'} hidden by the current filters
    </p>
  );
}
