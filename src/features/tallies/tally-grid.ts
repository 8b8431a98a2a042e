// Kinds × rounds: what the sources give for each, keeping a recorded silence apart from a plain absence of records.
import { tallyKindSchema, type Dataset, type Silence, type Tally } from '../../data/schema';
import { roundColumns, type Round, type RoundColumn } from './rounds';

export type TallyKind = Tally['kind'];

export type GridCell =
  /** At least one tally; `silences` may still name what the sources leave out (e.g. the size of a swap). */
  | { state: 'tallies'; kind: TallyKind; round: Round; tallies: Tally[]; silences: Silence[] }
  /** No tally, and the dataset records that the sources are silent. */
  | { state: 'silence'; kind: TallyKind; round: Round; tallies: []; silences: Silence[] }
  /** No tally and no recorded silence: the reader sees the same words, the title says there is no record. */
  | { state: 'no-record'; kind: TallyKind; round: Round; tallies: []; silences: [] };

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
      ...tallyKindSchema.options,
      ...dataset.tallies.map((t) => t.kind),
      ...dataset.silences.flatMap((s) => (s.kind === undefined ? [] : [s.kind])),
    ]),
  ];
}

export function gridCell(dataset: Dataset, kind: TallyKind, round: Round): GridCell {
  const tallies = dataset.tallies.filter((t) => t.kind === kind && t.round === round);
  const silences = dataset.silences.filter((s) => s.kind === kind && s.round === round);
  if (tallies.length > 0) return { state: 'tallies', kind, round, tallies, silences };
  if (silences.length > 0) return { state: 'silence', kind, round, tallies: [], silences };
  return { state: 'no-record', kind, round, tallies: [], silences: [] };
}

export function tallyGrid(dataset: Dataset): TallyGrid {
  const rounds = roundColumns(dataset);
  return {
    rounds,
    rows: kinds(dataset).map((kind) => ({ kind, cells: rounds.map(({ round }) => gridCell(dataset, kind, round)) })),
  };
}
