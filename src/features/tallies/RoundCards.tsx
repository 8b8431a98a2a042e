import { KIND_LABELS } from '../../data/tally-words';
import { CellFigures, type FigureContext } from './CellFigures';
import { RoundButton } from './RoundButton';
import { silenceDetail, type GridCell, type TallyGrid } from '../../data/tally-grid';

interface Props {
  grid: TallyGrid;
  context: FigureContext;
  /** The id of the heading that names the list. */
  labelId: string;
  panelId: (tallyId: string) => string;
  selectedEventId: string | null;
  onSelectEvent: (eventId: string) => void;
}

type Silent = Extract<GridCell, { state: 'silence' | 'no-record' }>;
type WithFigures = Extract<GridCell, { state: 'tallies' | 'filtered' }>;
const isSilent = (cell: GridCell): cell is Silent => cell.state === 'silence' || cell.state === 'no-record';

/**
 * The table's content for narrow screens: one card per round, the latest first, so a phone opens on what the talks
 * last produced. Each card lists the kinds with figures, then, in one list, the kinds the sources do not report.
 */
export function RoundCards({ grid, context, labelId, panelId, selectedEventId, onSelectEvent }: Props) {
  const cards = grid.rounds.map((column, i) => ({ column, cells: grid.rows.map((row) => row.cells[i]!) })).reverse();
  return (
    <ul aria-labelledby={labelId} className="space-y-4">
      {cards.map(({ column, cells }) => {
        const selected = selectedEventId != null && column.event?.id === selectedEventId;
        const withFigures = cells.filter((c): c is WithFigures => !isSilent(c));
        const silent = cells.filter(isSilent);
        return (
          <li
            key={column.round}
            className={`rounded-lg border p-3 text-sm ${
              selected
                ? 'border-blue-800 bg-blue-50 dark:border-sky-300 dark:bg-blue-950/60'
                : 'border-slate-200 dark:border-slate-800'
            }`}
          >
            <h4 className="font-semibold">
              <RoundButton column={column} selected={selected} onSelectEvent={onSelectEvent} />
            </h4>
            {withFigures.length > 0 && (
              <dl className="mt-3 space-y-4">
                {withFigures.map((cell) => (
                  <div key={cell.kind}>
                    <dt className="font-semibold">{KIND_LABELS[cell.kind]}</dt>
                    <dd className="mt-1">
                      <CellFigures cell={cell} context={context} panelId={panelId} quotesInPlace />
                    </dd>
                  </div>
                ))}
              </dl>
            )}
            {silent.length > 0 && (
              <div className="mt-3 text-slate-700 dark:text-slate-300">
                <p className="font-medium italic">Not reported in the sources:</p>
                <ul className="mt-1 list-disc space-y-1 pl-5 text-xs">
                  {silent.map((cell) => (
                    <li key={cell.kind}>
                      <span className="font-semibold">{KIND_LABELS[cell.kind]}</span>: {silenceDetail(cell)}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
