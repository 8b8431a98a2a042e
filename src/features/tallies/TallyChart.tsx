import { memo, useId, useMemo } from 'react';
import type { Tally } from '../../data/schema';
import { STATUS_LABELS } from '../../data/tally-words';
import { CHART, chartLayout, chartSummary } from './chart-layout';
import type { TallyGrid } from '../../data/tally-grid';

/** Each status's fill, and the pattern that tells it apart without colour; the key names the pattern in words. */
const STATUS_LOOK: Record<Tally['status'], { pattern: string; stroke: string }> = {
  agreed: { pattern: 'solid', stroke: 'stroke-emerald-700 dark:stroke-emerald-300' },
  offered: { pattern: 'striped', stroke: 'stroke-sky-700 dark:stroke-sky-300' },
  claimed: { pattern: 'dotted', stroke: 'stroke-amber-700 dark:stroke-amber-300' },
  'carried-out': { pattern: 'cross-hatched', stroke: 'stroke-violet-700 dark:stroke-violet-300' },
};

/** The four fills as SVG patterns, so a bar and its swatch in the key are drawn the same way. */
function StatusPatterns({ id }: { id: (status: Tally['status']) => string }) {
  const tile = { width: 8, height: 8, patternUnits: 'userSpaceOnUse' } as const;
  return (
    <defs>
      <pattern id={id('agreed')} {...tile}>
        <rect width={8} height={8} className="fill-emerald-600 dark:fill-emerald-400" />
      </pattern>
      <pattern id={id('offered')} {...tile} patternTransform="rotate(45)">
        <rect width={8} height={8} className="fill-sky-100 dark:fill-sky-950" />
        <rect width={4} height={8} className="fill-sky-600 dark:fill-sky-400" />
      </pattern>
      <pattern id={id('claimed')} {...tile}>
        <rect width={8} height={8} className="fill-amber-100 dark:fill-amber-950" />
        <circle cx={4} cy={4} r={2.2} className="fill-amber-600 dark:fill-amber-400" />
      </pattern>
      <pattern id={id('carried-out')} {...tile}>
        <rect width={8} height={8} className="fill-violet-100 dark:fill-violet-950" />
        <path d="M0 0L8 8M8 0L0 8" strokeWidth={1.5} className="stroke-violet-600 dark:stroke-violet-400" />
      </pattern>
    </defs>
  );
}

/**
 * The figures as bars. The SVG is one image to assistive technology (role="img", named, with a generated description
 * of every bar), because its dozens of text fragments would be noise to a screen reader; the table above is the full
 * equivalent, with the quotes, and the caption says so. Text is drawn in pixels and bars in percentages, so the chart
 * fills any width without shrinking its words on a phone. Every bar's status is in its caption as a word and in its
 * pattern, so colour is never the only cue; the key above the bars names both.
 */
export const TallyChart = memo(function TallyChart({
  grid,
  names,
}: {
  grid: TallyGrid;
  names: ReadonlyMap<string, string>;
}) {
  const baseId = useId();
  const patternId = (status: Tally['status']) => `${baseId}-fill-${status}`;
  const layout = useMemo(() => chartLayout(grid, names), [grid, names]);
  const summary = useMemo(() => chartSummary(layout), [layout]);
  return (
    <figure>
      {layout.statuses.length > 0 && (
        <div className="mb-3 flex flex-wrap items-baseline gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
          <p id={`${baseId}-key`} className="font-semibold">
            Key
          </p>
          <ul aria-labelledby={`${baseId}-key`} className="flex flex-wrap gap-x-4 gap-y-1">
            {layout.statuses.map((status) => (
              <li key={status} className="flex items-center gap-1.5">
                <svg aria-hidden="true" width={24} height={12} className="shrink-0">
                  <rect
                    x={0.5}
                    y={0.5}
                    width={23}
                    height={11}
                    rx={2}
                    fill={`url(#${patternId(status)})`}
                    className={STATUS_LOOK[status].stroke}
                  />
                </svg>
                {STATUS_LABELS[status]}: {STATUS_LOOK[status].pattern}
              </li>
            ))}
          </ul>
        </div>
      )}
      <svg
        role="img"
        aria-labelledby={`${baseId}-title`}
        aria-describedby={`${baseId}-desc`}
        width="100%"
        height={layout.height}
        className="block overflow-visible"
      >
        <title id={`${baseId}-title`}>Bar chart of the figures by kind, direction and round</title>
        <desc id={`${baseId}-desc`}>{summary}</desc>
        <StatusPatterns id={patternId} />
        {layout.items.map((item) => {
          if (item.type === 'kind') {
            return (
              <text
                key={`kind-${item.kind}`}
                x={0}
                y={item.y + 20}
                className="fill-slate-900 text-sm font-semibold dark:fill-slate-100"
              >
                {item.text}
              </text>
            );
          }
          if (item.type === 'direction') {
            return (
              <text
                key={`direction-${item.kind}-${item.direction}`}
                x={0}
                y={item.y + 15}
                className="fill-slate-700 text-xs font-semibold tracking-wide uppercase dark:fill-slate-300"
              >
                {item.text}
              </text>
            );
          }
          if (item.type === 'note') {
            return (
              <text
                key={`note-${item.kind}-${item.round}`}
                x={0}
                y={item.y + 14}
                className="fill-slate-600 text-xs italic dark:fill-slate-400"
              >
                {item.text}
              </text>
            );
          }
          const labelTop = item.y + item.caption.length * CHART.captionLineHeight;
          const barTop = labelTop + item.label.length * CHART.labelLineHeight;
          return (
            <g key={item.tally.id}>
              {item.caption.map((line, i) => (
                <text
                  key={i}
                  x={0}
                  y={item.y + (i + 1) * CHART.captionLineHeight - 5}
                  className="fill-slate-900 text-sm font-medium dark:fill-slate-100"
                >
                  {line}
                </text>
              ))}
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
                x={0.5}
                y={barTop + 0.5}
                width={`${Math.max(item.fraction * 100, 0.5)}%`}
                height={CHART.barHeight - 1}
                rx={2}
                fill={`url(#${patternId(item.tally.status)})`}
                className={STATUS_LOOK[item.tally.status].stroke}
              />
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        Only figures with a number are drawn. Each kind and direction has its own scale: bars are comparable only within
        one group. “Figures by round” above holds the same figures with their quotes.
      </figcaption>
    </figure>
  );
});
