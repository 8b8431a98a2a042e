import { memo, useId, useMemo } from 'react';
import type { Dataset } from '../../data/schema';
import { useKeyed } from '../../lib/use-keyed';
import { sourceIndex } from '../../data/source-index';
import { RoundComparison } from './RoundComparison';
import { COMPARED_TOPICS, roundComparison, type ComparisonColumn } from './round-comparison';
import { TallyChart } from './TallyChart';
import { tallyGrid, tallyVisibility } from './tally-grid';
import { TallyTable } from './TallyTable';
import { totals } from './totals';
import { TotalsList } from './TotalsList';

interface Props {
  dataset: Dataset;
  /** The event selected elsewhere in the app; a round's column is marked when it is that round's event. */
  selectedEventId?: string | null;
  onSelectEvent: (eventId: string) => void;
  /** Events the current filters show; null when nothing is filtered. Figures follow their event (or round). */
  visibleEventIds?: ReadonlySet<string> | null;
}

/**
 * The figures of the three rounds (prisoners, bodies, civilians, children), each with its quotes, and the rounds
 * compared. Memoised: a zoom step or a pan re-renders the page but changes nothing here.
 */
export const TalliesView = memo(function TalliesView({
  dataset,
  selectedEventId = null,
  onSelectEvent,
  visibleEventIds = null,
}: Props) {
  const baseId = useId();
  // Most filter changes leave the same figures showing and the same events lined up: keyed on what shows, the
  // table, chart, totals and comparison (memoised) are then not redrawn.
  const showing = useMemo(
    () => dataset.tallies.filter(tallyVisibility(dataset, visibleEventIds)),
    [dataset, visibleEventIds],
  );
  const shown = useKeyed(showing, dataset, showing.map((t) => t.id).join(' '));
  const { grid, sums } = useMemo(() => {
    const inView = new Set(shown);
    return { grid: tallyGrid(dataset, (t) => inView.has(t)), sums: totals(shown) };
  }, [dataset, shown]);
  const lined = useMemo(() => roundComparison(dataset, visibleEventIds), [dataset, visibleEventIds]);
  const comparison = useKeyed(lined, dataset, comparisonKey(lined));
  const sources = useMemo(() => sourceIndex(dataset), [dataset]);
  const names = useMemo(() => new Map(dataset.actors.map((a) => [a.id, a.name])), [dataset]);

  return (
    <div className="mx-auto max-w-6xl min-w-0 space-y-12">
      <section aria-labelledby={`${baseId}-heading`}>
        <h2 id={`${baseId}-heading`} className="text-lg font-semibold">
          Prisoners, bodies, civilians and children, round by round
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-slate-600 dark:text-slate-300">
          Every figure is one the sources give, with whether it was agreed, offered, claimed or carried out. Select a
          figure to read its quotes. Where the sources are silent, the cell says so; no gap is filled in.
        </p>
        <TallyTable
          grid={grid}
          conflicts={dataset.conflicts}
          sources={sources}
          names={names}
          selectedEventId={selectedEventId}
          onSelectEvent={onSelectEvent}
        />
        <div className="mt-10 grid gap-10 lg:grid-cols-2">
          <section aria-labelledby={`${baseId}-chart`} className="min-w-0">
            <h3 id={`${baseId}-chart`} className="mb-3 font-semibold">
              The figures compared
            </h3>
            <TallyChart grid={grid} names={names} />
          </section>
          <TotalsList totals={sums} names={names} />
        </div>
      </section>
      <RoundComparison columns={comparison} sources={sources} names={names} selectedEventId={selectedEventId} />
    </div>
  );
});

/** What the comparison shows: each round's lined-up events and hidden counts, by topic. */
const comparisonKey = (columns: ComparisonColumn[]) =>
  columns
    .map(
      (c) =>
        `${c.round}:${c.event?.id ?? ''}=` +
        COMPARED_TOPICS.map((t) => `${c.topics[t].map((e) => e.id).join(',')}/${c.hidden[t]}`).join(';'),
    )
    .join('|');
