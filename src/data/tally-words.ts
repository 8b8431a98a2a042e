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

/** Directions as they read inside a sentence: "at least 1,200 prisoners of war from each side". */
export const DIRECTION_PHRASES: Record<Tally['direction'], string> = {
  'each-side': 'from each side',
  'to-ukraine': 'to Ukraine',
  'to-russia': 'to Russia',
  'not-given': '',
};

/** What each kind counts, as a noun in a sentence. */
export const KIND_NOUNS: Record<Tally['kind'], { one: string; many: string }> = {
  'prisoners-of-war': { one: 'prisoner of war', many: 'prisoners of war' },
  bodies: { one: 'body', many: 'bodies' },
  civilians: { one: 'civilian', many: 'civilians' },
  children: { one: 'child', many: 'children' },
};

export const NOT_REPORTED = 'not reported in the sources';

/** Said wherever the current filters hide a figure, so that a hidden figure never reads as silence in the sources. */
export const HIDDEN_BY_FILTERS = 'hidden by the current filters';

/** "1 figure hidden by the current filters", "2 more figures hidden by the current filters". */
export function hiddenFiguresText(count: number, more = false): string {
  return `${count} ${more ? 'more ' : ''}${count === 1 ? 'figure' : 'figures'} ${HIDDEN_BY_FILTERS}`;
}

/**
 * What an agreed figure's status says about its carrying out. The record marks a figure "carried out" only where a
 * source says so; without one, the words stay with what the sources say rather than claim it was not carried out.
 */
export const CARRIED_OUT_WORDS = {
  'not-reported': 'the sources do not say it was carried out',
  reported: 'the sources report figures of this kind carried out (listed under “Carried out”)',
  hidden: `what the sources say of its carrying out is ${HIDDEN_BY_FILTERS}`,
} as const;

export type CarriedOut = keyof typeof CARRIED_OUT_WORDS;

type Figure = Pick<Tally, 'count' | 'qualifier'>;

/** The figure in words: "at least 1,000", "about 6,000", "3,000", "all", "number not given". */
export function figureText({ count, qualifier }: Figure): string {
  if (qualifier === 'all') return count === null ? 'all' : `all ${formatCount(count)}`;
  if (count === null) return 'number not given';
  if (qualifier === 'at-least') return `at least ${formatCount(count)}`;
  if (qualifier === 'about') return `about ${formatCount(count)}`;
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

/**
 * A figure inside a sentence, without its status (the sentence says that): "at least 1,200 prisoners of war from each
 * side", "3,000 bodies to Ukraine", "all soldiers under the age of 25", "civilian detainees (number not given)". A
 * number, its direction and its kind say what an agreed, offered or carried-out figure counts; without a number, for
 * "all" of a group, and for a claim (where the label says what is claimed) the dataset's label says it instead.
 */
export function sentencePhrase(tally: Tally): string {
  const direction = DIRECTION_PHRASES[tally.direction];
  const towards = direction ? ` ${direction}` : '';
  if (tally.qualifier === 'all') return `${figureText(tally)} ${tally.label}${towards}`;
  if (tally.count === null) return `${tally.label}${towards} (number not given)`;
  if (tally.status === 'claimed') return `${figureText(tally)} ${tally.label}${towards}`;
  const noun = KIND_NOUNS[tally.kind];
  return `${figureText(tally)} ${tally.count === 1 ? noun.one : noun.many}${towards}`;
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
