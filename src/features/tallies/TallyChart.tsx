import { memo, useId, useMemo } from 'react';
import type { Tally } from '../../data/schema';
import { CHART, chartLayout, chartSummary } from './chart-layout';
import type { TallyGrid } from './tally-grid';

const BAR_FILL: Record<Tally['status'], string> = {
  agreed: 'fill-emerald-600 dark:fill-emerald-400',
  offered: 'fill-sky-600 dark:fill-sky-400',
  claimed: 'fill-amber-500 dark:fill-amber-400',
  'carried-out': 'fill-violet-600 dark:fill-violet-400',
};

/**
 * The figures as bars. The SVG is one image to assistive technology (role="img", named, with a generated description
 * of every bar), because its dozens of text fragments would be noise to a screen reader; the table above is the full
 * equivalent, with the quotes, and the caption says so. Text is drawn in pixels and bars in percentages, so the chart
 * fills any width without shrinking its words on a phone.
 */
export const TallyChart = memo(function TallyChart({
  grid,
  names,
}: {
  grid: TallyGrid;
  names: ReadonlyMap<string, string>;
}) {
  const baseId = useId();
  const layout = useMemo(() => chartLayout(grid, names), [grid, names]);
  const summary = useMemo(() => chartSummary(layout), [layout]);
  return (
    <figure>
      <svg
        role="img"
        aria-labelledby={`${baseId}-title`}
        aria-describedby={`${baseId}-desc`}
        width="100%"
        height={layout.height}
        className="block overflow-visible"
      >
        <title id={`${baseId}-title`}>Bar chart of the figures by kind and round</title>
        <desc id={`${baseId}-desc`}>{summary}</desc>
        {layout.items.map((item) => {
          if (item.type === 'group') {
            return (
              <text
                key={`group-${item.kind}`}
                x={0}
                y={item.y + 20}
                className="fill-slate-900 text-sm font-semibold dark:fill-slate-100"
              >
                {item.text}
              </text>
            );
          }
          if (item.type === 'gap') {
            return (
              <text
                key={`gap-${item.y}`}
                x={0}
                y={item.y + 14}
                className="fill-slate-600 text-xs italic dark:fill-slate-400"
              >
                {item.text}
              </text>
            );
          }
          const labelTop = item.y + CHART.captionHeight;
          const barTop = labelTop + item.label.length * CHART.labelLineHeight;
          return (
            <g key={item.tally.id}>
              <text x={0} y={item.y + 13} className="fill-slate-900 text-sm font-medium dark:fill-slate-100">
                {item.caption}
              </text>
              {item.label.map((line, i) => (
                <text
                  key={i}
                  x={0}
                  y={labelTop + (i + 1) * CHART.labelLineHeight - 3}
                  className="fill-slate-600 text-xs dark:fill-slate-400"
                >
                  {line}
                </text>
              ))}
              <rect
                x={0}
                y={barTop}
                width={`${Math.max(item.fraction * 100, 0.5)}%`}
                height={CHART.barHeight}
                rx={2}
                className={BAR_FILL[item.tally.status]}
              />
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        Only figures with a number are drawn. Bars are to scale within each kind, not across kinds. The table “Figures
        by round” above holds the same figures with their quotes.
      </figcaption>
    </figure>
  );
});
