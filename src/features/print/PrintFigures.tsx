import { useId, useMemo } from 'react';
import { CitationList } from '../../components/CitationList';
import { ConflictClaims } from '../../components/ConflictClaims';
import { roundHeading } from '../../data/rounds';
import type { Dataset, Tally } from '../../data/schema';
import type { IndexedSource } from '../../data/source-index';
import { silenceDetail, tallyGrid, tallyVisibility, type GridCell } from '../../data/tally-grid';
import {
  DIRECTION_LABELS,
  figureText,
  HIDDEN_BY_FILTERS,
  hiddenFiguresText,
  KIND_LABELS,
  nameOf,
  NOT_REPORTED,
  STATUS_LABELS,
} from '../../data/tally-words';

interface Props {
  dataset: Dataset;
  sources: ReadonlyMap<string, IndexedSource>;
  /** Events the current filters show; null when nothing is filtered. Figures follow their event (or round). */
  visibleEventIds: ReadonlySet<string> | null;
}

/**
 * The tallies' kinds × rounds on paper: one block per round, in time order, every kind in the same order, so a reader
 * can run down a round or across the kinds. Where the screen has a table or cards with buttons, paper has the same
 * words as text, each figure followed by the quotes it rests on, since nothing on paper opens on a click.
 */
export function PrintFigures({ dataset, sources, visibleEventIds }: Props) {
  const headingId = useId();
  const grid = useMemo(() => tallyGrid(dataset, tallyVisibility(dataset, visibleEventIds)), [dataset, visibleEventIds]);
  const names = useMemo(() => new Map(dataset.actors.map((a) => [a.id, a.name])), [dataset]);
  const hidden = grid.rows.reduce((n, row) => n + row.cells.reduce((m, cell) => m + cell.hidden.length, 0), 0);
  const total = dataset.tallies.length;

  return (
    <section aria-labelledby={headingId} className="print-part">
      <h2 id={headingId} className="text-lg font-semibold">
        Figures by round
      </h2>
      <p className="mt-1 text-sm">
        Prisoners of war, bodies, civilians and children: every figure the sources give, with whether it was agreed,
        offered, claimed or carried out, and the quotes it rests on. Where the sources are silent, this part says so; no
        gap is filled in.
      </p>
      {hidden > 0 && (
        <p className="mt-1 text-sm font-semibold">
          {hidden} of {total} {total === 1 ? 'figure' : 'figures'} {hidden === 1 ? 'is' : 'are'} {HIDDEN_BY_FILTERS}.
          Where one is hidden, this part says so: it is not missing from the sources.
        </p>
      )}
      {grid.rounds.map((column, i) => (
        <RoundFigures
          key={column.round}
          heading={roundHeading(column)}
          cells={grid.rows.map((row) => row.cells[i]!)}
          dataset={dataset}
          sources={sources}
          names={names}
        />
      ))}
    </section>
  );
}

interface RoundProps {
  heading: string;
  cells: GridCell[];
  dataset: Dataset;
  sources: ReadonlyMap<string, IndexedSource>;
  names: ReadonlyMap<string, string>;
}

function RoundFigures({ heading, cells, dataset, sources, names }: RoundProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="mt-4">
      <h3 id={headingId} className="border-b border-slate-400 pb-0.5 font-semibold">
        {heading}
      </h3>
      {cells.map((cell) => (
        <KindFigures key={cell.kind} cell={cell} dataset={dataset} sources={sources} names={names} />
      ))}
    </section>
  );
}

function KindFigures({ cell, dataset, sources, names }: Omit<RoundProps, 'heading' | 'cells'> & { cell: GridCell }) {
  const label = KIND_LABELS[cell.kind];
  if (cell.state === 'silence' || cell.state === 'no-record') {
    // A kind the sources are silent on takes one line: its name, the words the screen uses, and what is not reported.
    return (
      <p className="mt-3 break-inside-avoid text-sm">
        <span className="font-semibold">{label}:</span> <span className="italic">{NOT_REPORTED}</span> (
        {silenceDetail(cell)})
      </p>
    );
  }
  return (
    <div className="mt-3">
      <h4 className="text-sm font-semibold">{label}</h4>
      {cell.tallies.length > 0 && (
        <ul className="mt-1 space-y-2">
          {cell.tallies.map((tally) => (
            <li key={tally.id} className="print-figure pl-3">
              <Figure tally={tally} dataset={dataset} sources={sources} names={names} />
            </li>
          ))}
        </ul>
      )}
      {cell.hidden.length > 0 && (
        <p className="mt-1 pl-3 text-sm italic">{hiddenFiguresText(cell.hidden.length, cell.tallies.length > 0)}</p>
      )}
      {cell.silences.map((s) => (
        <p key={s.id} className="mt-1 pl-3 text-sm">
          <span className="italic">Not reported in the sources:</span> {s.topic}
        </p>
      ))}
    </div>
  );
}

/** "at least 1,000 prisoners of war · each side · Agreed · stated by Rustem Umerov", then its quotes. */
function Figure({
  tally,
  dataset,
  sources,
  names,
}: {
  tally: Tally;
  dataset: Dataset;
  sources: ReadonlyMap<string, IndexedSource>;
  names: ReadonlyMap<string, string>;
}) {
  const noNumber = tally.count === null && tally.qualifier !== 'all';
  const status =
    tally.status === 'claimed' && tally.claimedBy
      ? `${STATUS_LABELS.claimed} by ${nameOf(names, tally.claimedBy)}`
      : STATUS_LABELS[tally.status];
  const facts = [
    DIRECTION_LABELS[tally.direction],
    status,
    tally.statedBy.length > 0 && `stated by ${tally.statedBy.map((id) => nameOf(names, id)).join(', ')}`,
  ].filter(Boolean);
  const conflicts = dataset.conflicts.filter((c) => c.subject.type === 'tally' && c.subject.id === tally.id);
  return (
    <>
      <p className="text-sm">
        {noNumber ? (
          <>
            {tally.label}: <strong>{figureText(tally)}</strong>
          </>
        ) : (
          <>
            <strong>{figureText(tally)}</strong> {tally.label}
          </>
        )}{' '}
        · {facts.join(' · ')}
      </p>
      <div className="mt-1 text-sm">
        <CitationList citations={tally.citations} sources={sources} />
      </div>
      {tally.note && (
        <p className="mt-1 text-sm">
          <span className="font-medium">Note:</span> {tally.note}
        </p>
      )}
      {conflicts.map((c) => (
        <ConflictClaims key={c.id} conflict={c} sources={sources} />
      ))}
    </>
  );
}
