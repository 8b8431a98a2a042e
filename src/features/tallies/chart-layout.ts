// Where everything goes in the bar chart. Bars are horizontal and grouped by kind, one line per round, so rounds are
// compared by bar length at a glance; only figures with a number become bars, and each bar is scaled within its kind
// (19,000 claimed deportations would otherwise flatten every prisoner bar).
import type { Tally } from '../../data/schema';
import { barFigure, DIRECTION_LABELS, KIND_LABELS, nameOf, NOT_REPORTED, STATUS_LABELS } from '../../data/tally-words';
import type { Round } from '../../data/rounds';
import type { TallyGrid, TallyKind } from './tally-grid';

export type ChartItem =
  | { type: 'group'; kind: TallyKind; text: string; y: number }
  | { type: 'bar'; tally: Tally; round: Round; caption: string; label: string[]; fraction: number; y: number }
  | { type: 'gap'; round: Round; text: string; y: number };

export interface ChartLayout {
  items: ChartItem[];
  height: number;
}

export const CHART = {
  groupHeight: 30,
  gapHeight: 22,
  captionHeight: 18,
  labelLineHeight: 16,
  barHeight: 12,
  itemSpacing: 10,
  /** Wide enough for a 390 px screen at the chart's font sizes. */
  labelLineChars: 42,
};

/** Splits the label into lines short enough to fit a narrow screen, at word boundaries. */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** "Round 2 · ≥1,000 each side · agreed", "Round 3 · 339 · claimed by Ukraine". */
export function barCaption(tally: Tally, names: ReadonlyMap<string, string>): string {
  const parts = [`Round ${tally.round}`, barFigure(tally) ?? ''];
  if (tally.direction !== 'not-given') parts[1] += ` ${DIRECTION_LABELS[tally.direction]}`;
  parts.push(
    tally.status === 'claimed' && tally.claimedBy
      ? `claimed by ${nameOf(names, tally.claimedBy)}`
      : STATUS_LABELS[tally.status].toLowerCase(),
  );
  return parts.join(' · ');
}

export function chartLayout(grid: TallyGrid, names: ReadonlyMap<string, string>): ChartLayout {
  const items: ChartItem[] = [];
  let y = 0;
  for (const row of grid.rows) {
    items.push({ type: 'group', kind: row.kind, text: KIND_LABELS[row.kind], y });
    y += CHART.groupHeight;
    const numeric = (tallies: Tally[]) => tallies.filter((t) => barFigure(t) !== null);
    const max = Math.max(0, ...row.cells.flatMap((c) => numeric(c.tallies).map((t) => t.count ?? 0)));
    for (const cell of row.cells) {
      const bars = numeric(cell.tallies);
      if (bars.length === 0) {
        const text = cell.tallies.length > 0 ? 'no number given' : NOT_REPORTED;
        items.push({ type: 'gap', round: cell.round, text: `Round ${cell.round} · ${text}`, y });
        y += CHART.gapHeight;
        continue;
      }
      for (const tally of bars) {
        const label = wrapWords(tally.label, CHART.labelLineChars);
        const fraction = max > 0 ? (tally.count ?? 0) / max : 0;
        items.push({ type: 'bar', tally, round: cell.round, caption: barCaption(tally, names), label, fraction, y });
        y += CHART.captionHeight + label.length * CHART.labelLineHeight + CHART.barHeight + CHART.itemSpacing;
      }
    }
  }
  return { items, height: y };
}

/** The chart in words, for its accessible description: the same phrases as its bars, kind by kind. */
export function chartSummary(layout: ChartLayout): string {
  const parts: string[] = [];
  for (const item of layout.items) {
    if (item.type === 'group') parts.push(`${item.text}:`);
    else if (item.type === 'gap') parts.push(`${item.text};`);
    else parts.push(`${item.caption} (${item.tally.label});`);
  }
  return parts.join(' ');
}
