// Kinds × rounds: what the sources give for each, keeping a recorded silence apart from a plain absence of records.
import type { Dataset, Silence, Tally } from './schema';
import { TALLY_KINDS } from './tally-kinds';
import { cachedPer } from '../lib/cached-per';
import { roundColumns, type Round, type RoundColumn } from './rounds';

export type TallyKind = Tally['kind'];

export type GridCell =
  /** At least one tally; `silences` may still name what the sources leave out (e.g. the size of a swap). */
  | { state: 'tallies'; kind: TallyKind; round: Round; tallies: Tally[]; hidden: Tally[]; silences: Silence[] }
  /** Figures exist but the current filters hide every one: never to be mistaken for silence. */
  | { state: 'filtered'; kind: TallyKind; round: Round; tallies: []; hidden: Tally[]; silences: Silence[] }
  /** No tally, and the dataset records that the sources are silent. */
  | { state: 'silence'; kind: TallyKind; round: Round; tallies: []; hidden: []; silences: Silence[] }
  /** No tally and no recorded silence: the reader sees the same words, the title says there is no record. */
  | { state: 'no-record'; kind: TallyKind; round: Round; tallies: []; hidden: []; silences: [] };

/** Which tallies the current filters let through; every one when nothing is filtered. */
export type TallyVisibility = (tally: Tally) => boolean;
const everyTally: TallyVisibility = () => true;

export interface GridRow {
  kind: TallyKind;
  cells: GridCell[];
}

export interface TallyGrid {
  rounds: RoundColumn[];
  rows: GridRow[];
}

/** The schema's kinds in its order, then any kind the data uses that the schema has since dropped. */
function kinds(dataset: Dataset): TallyKind[] {
  return [
    ...new Set<TallyKind>([
      ...TALLY_KINDS,
      ...dataset.tallies.map((t) => t.kind),
      ...dataset.silences.flatMap((s) => (s.kind === undefined ? [] : [s.kind])),
    ]),
  ];
}

/** What a cell says where the sources give no figure: the recorded silence, or that the record has none. */
export function silenceDetail(cell: Extract<GridCell, { state: 'silence' | 'no-record' }>): string {
  return cell.state === 'silence'
    ? cell.silences.map((s) => s.topic).join('; ')
    : 'No record for this round in the dataset';
}

export function gridCell(dataset: Dataset, kind: TallyKind, round: Round, visible = everyTally): GridCell {
  const all = dataset.tallies.filter((t) => t.kind === kind && t.round === round);
  const tallies = all.filter(visible);
  const hidden = all.filter((t) => !visible(t));
  const silences = dataset.silences.filter((s) => s.kind === kind && s.round === round);
  if (tallies.length > 0) return { state: 'tallies', kind, round, tallies, hidden, silences };
  if (hidden.length > 0) return { state: 'filtered', kind, round, tallies: [], hidden, silences };
  if (silences.length > 0) return { state: 'silence', kind, round, tallies: [], hidden: [], silences };
  return { state: 'no-record', kind, round, tallies: [], hidden: [], silences: [] };
}

export function tallyGrid(dataset: Dataset, visible = everyTally): TallyGrid {
  const rounds = roundColumns(dataset);
  return {
    rounds,
    rows: kinds(dataset).map((kind) => ({
      kind,
      cells: rounds.map(({ round }) => gridCell(dataset, kind, round, visible)),
    })),
  };
}

/** Each round's event id. Kept per dataset: finding them reads every event, and filters change often. */
const roundEventIds = cachedPer(
  (dataset: Dataset): ReadonlyMap<Round, string> =>
    new Map(dataset.events.flatMap((e) => (e.round === undefined ? [] : [[e.round, e.id] as const]))),
);

/** A figure shows when its own event does, or, without one, when its round's event does. */
export function tallyVisibility(dataset: Dataset, visibleEventIds: ReadonlySet<string> | null): TallyVisibility {
  if (visibleEventIds === null) return everyTally;
  const roundEvents = roundEventIds(dataset);
  return (tally) => {
    const eventId = tally.event ?? roundEvents.get(tally.round);
    return eventId !== undefined && visibleEventIds.has(eventId);
  };
}
