// The rounds as columns: every round the dataset knows of, with the event that is the meeting itself where there is one.
import { dateIn, formatPoint, type ResolvedDate } from './edtf';
import type { Dataset, Tally, TimelineEvent } from './schema';

export type Round = Tally['round'];

export interface RoundColumn {
  round: Round;
  /** The meeting itself (the event with `round`); undefined when only tallies or silences name the round. */
  event: TimelineEvent | undefined;
  /** That event's date; null when there is no such event. */
  date: ResolvedDate | null;
}

export function roundColumns(dataset: Dataset): RoundColumn[] {
  const events = new Map<Round, TimelineEvent>();
  for (const e of dataset.events) if (e.round !== undefined && !events.has(e.round)) events.set(e.round, e);
  const rounds = new Set<Round>([
    ...events.keys(),
    ...dataset.tallies.map((t) => t.round),
    ...dataset.silences.flatMap((s) => (s.round === undefined ? [] : [s.round])),
  ]);
  return [...rounds]
    .sort((a, b) => a - b)
    .map((round) => {
      const event = events.get(round);
      return { round, event, date: event ? dateIn(dataset.dates, event.date) : null };
    });
}

/** "Round 3 · 23 July 2025": the day only, since a column stands for the whole day's talks. */
export function roundHeading(column: RoundColumn): string {
  const from = column.date?.from;
  if (!from) return `Round ${column.round}`;
  const precision = from.precision === 'minute' || from.precision === 'second' ? 'day' : from.precision;
  return `Round ${column.round} · ${formatPoint({ ...from, precision })}`;
}
