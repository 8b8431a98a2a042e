// Where everything goes in the bar chart. Bars are horizontal, grouped by kind and then by direction, one line per
// round, so rounds are compared by bar length at a glance. Each kind-and-direction group has its own scale and its own
// label: 3,000 bodies "to Ukraine" and 6,000 "each side" are different measures, and 19,000 claimed deportations would
// otherwise flatten every prisoner bar. Only figures with a number become bars; every round without one gets a line
// saying why: not reported in the sources, hidden by the filters, or no number given.
import type { Tally } from '../../data/schema';
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
import type { Round } from '../../data/rounds';
import type { GridCell, TallyGrid, TallyKind } from '../../data/tally-grid';
import { STATUS_ORDER } from './totals';

export type NoteReason = 'silent' | 'hidden' | 'no-number' | 'more-hidden';

export type ChartItem =
  | { type: 'kind'; kind: TallyKind; text: string; y: number }
  | { type: 'direction'; kind: TallyKind; direction: Tally['direction']; text: string; y: number }
  | { type: 'bar'; tally: Tally; round: Round; caption: string[]; label: string[]; fraction: number; y: number }
  | { type: 'note'; kind: TallyKind; round: Round; reason: NoteReason; text: string; y: number };

export interface ChartLayout {
  items: ChartItem[];
  height: number;
  /** The statuses the bars show, in the key's order. */
  statuses: Tally['status'][];
}

export const CHART = {
  kindHeight: 30,
  directionHeight: 22,
  noteHeight: 22,
  captionLineHeight: 18,
  labelLineHeight: 16,
  barHeight: 12,
  itemSpacing: 10,
  /** Wide enough for a 390 px screen at the chart's font sizes. */
  labelLineChars: 58,
  captionLineChars: 46,
};

const DIRECTION_ORDER: readonly Tally['direction'][] = ['each-side', 'to-ukraine', 'to-russia', 'not-given'];

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

/** A figure the chart can draw: one with a number of its own (not "all" of a group). */
export function hasBar(tally: Pick<Tally, 'count' | 'qualifier'>): boolean {
  return tally.count !== null && tally.qualifier !== 'all';
}

/** "Round 2 · agreed: at least 1,000 each side", "Round 3 · claimed by Ukraine: 339". Words, never symbols. */
export function barCaption(tally: Tally, names: ReadonlyMap<string, string>): string {
  const status =
    tally.status === 'claimed' && tally.claimedBy
      ? `claimed by ${nameOf(names, tally.claimedBy)}`
      : STATUS_LABELS[tally.status].toLowerCase();
  const direction = tally.direction === 'not-given' ? '' : ` ${DIRECTION_LABELS[tally.direction]}`;
  return `Round ${tally.round} · ${status}: ${figureText(tally)}${direction}`;
}

/** Why a round has no bar (or not every bar) for a kind, or null when all its figures are drawn. */
function roundNote(cell: GridCell, drawn: number): { reason: NoteReason; text: string } | null {
  if (cell.state === 'silence' || cell.state === 'no-record') return { reason: 'silent', text: NOT_REPORTED };
  if (cell.state === 'filtered') return { reason: 'hidden', text: HIDDEN_BY_FILTERS };
  if (drawn === 0) {
    const more = cell.hidden.length > 0 ? `; ${hiddenFiguresText(cell.hidden.length, true)}` : '';
    return { reason: 'no-number', text: `no number given${more}` };
  }
  if (cell.hidden.length > 0) return { reason: 'more-hidden', text: hiddenFiguresText(cell.hidden.length, true) };
  return null;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function chartLayout(grid: TallyGrid, names: ReadonlyMap<string, string>): ChartLayout {
  const items: ChartItem[] = [];
  const statuses = new Set<Tally['status']>();
  let y = 0;
  for (const row of grid.rows) {
    items.push({ type: 'kind', kind: row.kind, text: KIND_LABELS[row.kind], y });
    y += CHART.kindHeight;
    for (const cell of row.cells) {
      const note = roundNote(cell, cell.tallies.filter(hasBar).length);
      if (!note) continue;
      items.push({
        type: 'note',
        kind: row.kind,
        round: cell.round,
        ...note,
        text: `Round ${cell.round} · ${note.text}`,
        y,
      });
      y += CHART.noteHeight;
    }
    const bars = row.cells.flatMap((cell) => cell.tallies.filter(hasBar));
    for (const direction of DIRECTION_ORDER) {
      const group = bars.filter((t) => t.direction === direction);
      if (group.length === 0) continue;
      items.push({ type: 'direction', kind: row.kind, direction, text: capitalise(DIRECTION_LABELS[direction]), y });
      y += CHART.directionHeight;
      const max = Math.max(0, ...group.map((t) => t.count ?? 0));
      for (const tally of group) {
        statuses.add(tally.status);
        const caption = wrapWords(barCaption(tally, names), CHART.captionLineChars);
        const label = wrapWords(tally.label, CHART.labelLineChars);
        const fraction = max > 0 ? (tally.count ?? 0) / max : 0;
        items.push({ type: 'bar', tally, round: tally.round, caption, label, fraction, y });
        y +=
          caption.length * CHART.captionLineHeight +
          label.length * CHART.labelLineHeight +
          CHART.barHeight +
          CHART.itemSpacing;
      }
    }
  }
  return { items, height: y, statuses: STATUS_ORDER.filter((s) => statuses.has(s)) };
}

/** The chart in words, for its accessible description: the same phrases as its bars, kind by kind. */
export function chartSummary(layout: ChartLayout): string {
  const parts: string[] = [];
  for (const item of layout.items) {
    if (item.type === 'kind') parts.push(`${item.text}:`);
    else if (item.type === 'direction') parts.push(`${item.text.toLowerCase()}, on one scale:`);
    else if (item.type === 'note') parts.push(`${item.text};`);
    else parts.push(`${item.caption.join(' ')} (${item.tally.label});`);
  }
  return parts.join(' ');
}
