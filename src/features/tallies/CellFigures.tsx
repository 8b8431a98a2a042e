import type { Conflict } from '../../data/schema';
import type { IndexedSource } from '../../data/source-index';
import { HiddenFigures } from './HiddenNotice';
import type { GridCell } from '../../data/tally-grid';
import { TallyItem } from './TallyItem';
import { TallySources } from './TallySources';

/** What the table and the round cards share: the figures' words, their quotes, and which quotes are open. */
export interface FigureContext {
  conflicts: Conflict[];
  sources: ReadonlyMap<string, IndexedSource>;
  names: ReadonlyMap<string, string>;
  /** The ids of the figures whose quotes are open, the same in both renderings. */
  open: readonly string[];
  onToggle: (tallyId: string) => void;
}

export const conflictsOf = (conflicts: Conflict[], tallyId: string) =>
  conflicts.filter((c) => c.subject.type === 'tally' && c.subject.id === tallyId);

interface Props {
  cell: Extract<GridCell, { state: 'tallies' | 'filtered' }>;
  context: FigureContext;
  panelId: (tallyId: string) => string;
  /** Where the quotes open: right under the figure (a card), or elsewhere (the table opens them in a row of its own). */
  quotesInPlace: boolean;
}

/** A kind's figures in one round, with what the filters hide and what the sources leave out beside them. */
export function CellFigures({ cell, context, panelId, quotesInPlace }: Props) {
  const { conflicts, sources, names, open, onToggle } = context;
  if (cell.state === 'filtered') return <HiddenFigures count={cell.hidden.length} />;
  return (
    <>
      <ul className="space-y-3">
        {cell.tallies.map((tally) => {
          const isOpen = open.includes(tally.id);
          return (
            <li key={tally.id}>
              <TallyItem
                tally={tally}
                names={names}
                conflicts={conflictsOf(conflicts, tally.id)}
                open={isOpen}
                panelId={panelId(tally.id)}
                onToggle={() => onToggle(tally.id)}
              />
              {quotesInPlace && isOpen && (
                <div className="mt-2">
                  <TallySources
                    id={panelId(tally.id)}
                    tally={tally}
                    conflicts={conflictsOf(conflicts, tally.id)}
                    sources={sources}
                    level={5}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {cell.hidden.length > 0 && <HiddenFigures count={cell.hidden.length} more />}
      {cell.silences.map((s) => (
        <p key={s.id} className="mt-3 text-xs text-slate-600 dark:text-slate-400">
          <span className="italic">Not reported in the sources:</span> {s.topic}
        </p>
      ))}
    </>
  );
}
