// The tallies that belong to the events on screen, as a CSV: every figure with its qualifier, status and sources.
import type { Dataset, Tally, TimelineEvent } from '../../data/schema';
import { toCsv } from './csv';
import { citationsCell } from '../../data/source-words';
import { sourceIndex } from '../../data/source-index';
import { cachedPer } from '../../lib/cached-per';

export const TALLY_CSV_COLUMNS = [
  'id',
  'round',
  'event',
  'kind',
  'label',
  'count',
  'qualifier',
  'direction',
  'status',
  'stated_by',
  'claimed_by',
  'note',
  'sources',
] as const;

/** Tallies of the events shown (by their event, or by their round for a round's events), in dataset order. */
// The union of `talliesFor` over the events, in one pass: asking per event scans every tally for every event, on
// each filter change. Only the few events that have figures are kept in a set, not every event shown.
export function talliesForEvents(dataset: Dataset, events: readonly TimelineEvent[]): Tally[] {
  const withFigures = tallyEventIds(dataset);
  const eventIds = new Set<string>();
  const rounds = new Set<number>();
  for (const e of events) {
    if (withFigures.has(e.id)) eventIds.add(e.id);
    if (e.round !== undefined) rounds.add(e.round);
  }
  return dataset.tallies.filter((t) => (t.event !== undefined && eventIds.has(t.event)) || rounds.has(t.round));
}

const tallyEventIds = cachedPer(
  (dataset: Dataset) => new Set(dataset.tallies.flatMap((t) => (t.event === undefined ? [] : [t.event]))),
);

export function talliesCsv(dataset: Dataset, tallies: readonly Tally[]): string {
  const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const sources = sourceIndex(dataset);
  const name = (id: string) => names.get(id) ?? id;
  const rows = tallies.map((t) => [
    t.id,
    t.round,
    t.event,
    t.kind,
    t.label,
    // An empty cell, not 0: the sources give no number.
    t.count,
    t.qualifier,
    t.direction,
    t.status,
    t.statedBy.map(name).join('; '),
    t.claimedBy === undefined ? '' : name(t.claimedBy),
    t.note,
    citationsCell(t.citations, sources),
  ]);
  return toCsv(TALLY_CSV_COLUMNS, rows);
}
