import { Fragment } from 'react';
import { KIND_LABELS } from '../../data/tally-words';
import { CellFigures, conflictsOf, type FigureContext } from './CellFigures';
import { NotReported } from './NotReported';
import { RoundButton } from './RoundButton';
import { silenceDetail, type GridCell, type TallyGrid } from '../../data/tally-grid';
import { TallySources } from './TallySources';

interface Props {
  grid: TallyGrid;
  context: FigureContext;
  /** The id of the heading that names the table. */
  labelId: string;
  panelId: (tallyId: string) => string;
  selectedEventId: string | null;
  onSelectEvent: (eventId: string) => void;
}

const selectedCell = 'bg-blue-50 dark:bg-blue-950/60';

/** Kinds × rounds, for wide screens. A figure's quotes open in a full-width row under its kind, so competing claims fit side by side. */
export function TallyTable({ grid, context, labelId, panelId, selectedEventId, onSelectEvent }: Props) {
  const isSelected = (i: number) => selectedEventId != null && grid.rounds[i]?.event?.id === selectedEventId;
  const cellContent = (cell: GridCell) =>
    cell.state === 'silence' || cell.state === 'no-record' ? (
      <NotReported detail={silenceDetail(cell)} />
    ) : (
      <CellFigures cell={cell} context={context} panelId={panelId} quotesInPlace={false} />
    );

  return (
    <div
      role="region"
      aria-labelledby={labelId}
      className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800"
    >
      <table aria-labelledby={labelId} className="w-full table-fixed border-collapse text-left align-top text-sm">
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
                <RoundButton column={column} selected={isSelected(i)} onSelectEvent={onSelectEvent} />
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
                .filter((tally) => context.open.includes(tally.id))
                .map((tally) => (
                  <tr key={`sources-${tally.id}`} className="border-b border-slate-200 dark:border-slate-800">
                    <td colSpan={grid.rounds.length + 1} className="p-0">
                      <TallySources
                        id={panelId(tally.id)}
                        tally={tally}
                        conflicts={conflictsOf(context.conflicts, tally.id)}
                        sources={context.sources}
                      />
                    </td>
                  </tr>
                ))}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
