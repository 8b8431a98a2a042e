import { memo, useId, useMemo } from 'react';
import type { Dataset } from '../../data/schema';
import { useKeyed } from '../../lib/use-keyed';
import { sourceIndex } from '../../data/source-index';
import { FiguresByRound } from './FiguresByRound';
import { HiddenNotice } from './HiddenNotice';
import { RoundComparison } from './RoundComparison';
import { COMPARED_TOPICS, roundComparison, type ComparisonColumn } from './round-comparison';
import { TallyChart } from './TallyChart';
import { tallyGrid, tallyVisibility } from '../../data/tally-grid';
import { totals } from './totals';
import { TotalsList } from './TotalsList';

interface Props {
  dataset: Dataset;
  /** The event selected elsewhere in the app; a round's column is marked when it is that round's event. */
  selectedEventId?: string | null;
  onSelectEvent: (eventId: string) => void;
  /** Events the current filters show; null when nothing is filtered. Figures follow their event (or round). */
  visibleEventIds?: ReadonlySet<string> | null;
  /**
   * Shows what the filters hide, by clearing them. Where anything is hidden, the section says so and offers it as a
   * button; without it, the section only says what is hidden.
   */
  onShowHidden?: () => void;
}

const FIGURES = { one: 'figure', many: 'figures' };

/**
 * The figures of the three rounds (prisoners, bodies, civilians, children): what was agreed, each figure with its
 * quotes, a chart, and the rounds compared. Memoised: a zoom step or a pan re-renders the page but changes nothing
 * here. Its parts switch layout by the width of the section (container queries), never by script.
 */
export const TalliesView = memo(function TalliesView({
  dataset,
  selectedEventId = null,
  onSelectEvent,
  visibleEventIds = null,
  onShowHidden,
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
    const visible = (t: (typeof shown)[number]) => inView.has(t);
    return { grid: tallyGrid(dataset, visible), sums: totals(dataset.tallies, visible, dataset.silences) };
  }, [dataset, shown]);
  const lined = useMemo(() => roundComparison(dataset, visibleEventIds), [dataset, visibleEventIds]);
  const comparison = useKeyed(lined, dataset, comparisonKey(lined));
  const sources = useMemo(() => sourceIndex(dataset), [dataset]);
  const names = useMemo(() => new Map(dataset.actors.map((a) => [a.id, a.name])), [dataset]);

  return (
    <div className="@container mx-auto max-w-6xl min-w-0 space-y-12">
      <section aria-labelledby={`${baseId}-heading`}>
        <h2 id={`${baseId}-heading`} className="text-lg font-semibold">
          Prisoners, bodies, civilians and children: what was agreed, round by round
        </h2>
        <p className="mt-1 max-w-3xl text-sm text-slate-600 dark:text-slate-300">
          Every figure is one the sources give, with whether it was agreed, offered, claimed or carried out. Select a
          figure to read its quotes. Where the sources are silent, this section says so; no gap is filled in.
        </p>
        <HiddenNotice
          count={dataset.tallies.length - shown.length}
          total={dataset.tallies.length}
          noun={FIGURES}
          onShow={onShowHidden}
        />
        <TotalsList totals={sums} names={names} />
        <FiguresByRound
          grid={grid}
          conflicts={dataset.conflicts}
          sources={sources}
          names={names}
          selectedEventId={selectedEventId}
          onSelectEvent={onSelectEvent}
        />
        <section aria-labelledby={`${baseId}-chart`} className="mt-10 max-w-3xl min-w-0">
          <h3 id={`${baseId}-chart`} className="mb-3 font-semibold">
            The figures compared
          </h3>
          <TallyChart grid={grid} names={names} />
        </section>
      </section>
      <RoundComparison
        columns={comparison}
        sources={sources}
        names={names}
        selectedEventId={selectedEventId}
        onShowHidden={onShowHidden}
      />
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
