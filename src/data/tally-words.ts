// Words for tallies, shared by the table, the chart and the totals, so the three always say the same thing.
import type { Tally } from './schema';

const numbers = new Intl.NumberFormat('en-GB');

/** 1000 → "1,000". */
export function formatCount(count: number): string {
  return numbers.format(count);
}

export const KIND_LABELS: Record<Tally['kind'], string> = {
  'prisoners-of-war': 'Prisoners of war',
  bodies: 'Bodies of the dead',
  civilians: 'Civilians',
  children: 'Children',
};

export const STATUS_LABELS: Record<Tally['status'], string> = {
  agreed: 'Agreed',
  offered: 'Offered',
  claimed: 'Claimed',
  'carried-out': 'Carried out',
};

export const DIRECTION_LABELS: Record<Tally['direction'], string> = {
  'each-side': 'each side',
  'to-ukraine': 'to Ukraine',
  'to-russia': 'to Russia',
  'not-given': 'direction not given',
};

export const NOT_REPORTED = 'not reported in the sources';

type Figure = Pick<Tally, 'count' | 'qualifier'>;

/** The figure in words: "at least 1,000", "about 6,000", "3,000", "all", "number not given". */
export function figureText({ count, qualifier }: Figure): string {
  if (qualifier === 'all') return count === null ? 'all' : `all ${formatCount(count)}`;
  if (count === null) return 'number not given';
  if (qualifier === 'at-least') return `at least ${formatCount(count)}`;
  if (qualifier === 'about') return `about ${formatCount(count)}`;
  return formatCount(count);
}

/** The short label drawn beside a bar: "≥1,200", "~6,000", "3,000"; null when there is no number to draw. */
export function barFigure({ count, qualifier }: Figure): string | null {
  if (count === null || qualifier === 'all') return null;
  if (qualifier === 'at-least') return `≥${formatCount(count)}`;
  if (qualifier === 'about') return `~${formatCount(count)}`;
  return formatCount(count);
}

/** "at least 1,000 each side", "3,000 to Ukraine", "all soldiers under the age of 25", "number not given". */
export function tallyPhrase(tally: Tally): string {
  if (tally.qualifier === 'all') return `${figureText(tally)} ${tally.label}`;
  if (tally.count === null) return 'number not given';
  return tally.direction === 'not-given'
    ? figureText(tally)
    : `${figureText(tally)} ${DIRECTION_LABELS[tally.direction]}`;
}

/** The accessible name of the button that opens a figure's quotes: "Sources for at least 1,200 prisoners of war, round 3". */
export function sourcesLabel(tally: Tally): string {
  const what =
    tally.count === null && tally.qualifier !== 'all'
      ? `${tally.label} (number not given)`
      : `${figureText(tally)} ${tally.label}`;
  return `Sources for ${what}, round ${tally.round}`;
}

/** An actor's display name, or its id when the dataset has no such actor (the data check reports that case). */
export function nameOf(names: ReadonlyMap<string, string>, id: string): string {
  return names.get(id) ?? id;
}
