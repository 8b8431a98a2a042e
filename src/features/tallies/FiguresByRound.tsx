import { memo, useCallback, useId, useMemo, useState } from 'react';
import type { Conflict } from '../../data/schema';
import type { IndexedSource } from '../../data/source-index';
import type { FigureContext } from './CellFigures';
import { RoundCards } from './RoundCards';
import type { TallyGrid } from '../../data/tally-grid';
import { TallyTable } from './TallyTable';

interface Props {
  grid: TallyGrid;
  conflicts: Conflict[];
  sources: ReadonlyMap<string, IndexedSource>;
  names: ReadonlyMap<string, string>;
  selectedEventId: string | null;
  onSelectEvent: (eventId: string) => void;
}

/**
 * The figures by round, twice in the page: a kinds × rounds table where the section is wide enough for it, one card
 * per round (latest first) where it is not. A container query shows one and hides the other (display: none, so
 * assistive technology reads one), so the server's first paint is already right for the screen. Which quotes are
 * open is kept here, shared, so turning a tablet keeps them open.
 */
export const FiguresByRound = memo(function FiguresByRound({
  grid,
  conflicts,
  sources,
  names,
  selectedEventId,
  onSelectEvent,
}: Props) {
  const baseId = useId();
  const labelId = `${baseId}-label`;
  const [open, setOpen] = useState<string[]>([]);
  const onToggle = useCallback(
    (id: string) => setOpen((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id])),
    [],
  );
  const context: FigureContext = useMemo(
    () => ({ conflicts, sources, names, open, onToggle }),
    [conflicts, sources, names, open, onToggle],
  );
  const common = { grid, context, labelId, selectedEventId, onSelectEvent };
  return (
    <div className="mt-10">
      <h3 id={labelId} className="font-semibold">
        Figures by round
      </h3>
      <div className="mt-2 hidden @3xl:block">
        <TallyTable {...common} panelId={(id) => `${baseId}-table-sources-${id}`} />
      </div>
      <div className="mt-2 @3xl:hidden">
        <RoundCards {...common} panelId={(id) => `${baseId}-card-sources-${id}`} />
      </div>
    </div>
  );
});
