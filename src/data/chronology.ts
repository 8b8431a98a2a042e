// Derived views of the dataset that every feature shares: events in the order the story goes, with their resolved
// dates; the stretches of that story (the background, each round's day, the time between and after the rounds); and
// the role each actor held at the time of an event.
import { dateIn, formatDate, formatPoint, type DateTable, type Precision, type ResolvedDate } from './edtf';
import type { Actor, Dataset, Role, TimelineEvent } from './schema';

const DAY = 86_400_000;

export interface ChronologyEntry {
  event: TimelineEvent;
  date: ResolvedDate;
}

/**
 * The moment an event is placed at in the story. A closed date sits at its earliest moment. A date known only as
 * "some time before" a day sits just before that day begins, so it comes before that day's events and not after
 * them; one known only as "some time after" a day sits just after that day ends. The half millisecond keeps them
 * apart from any event that begins at the day's first or last moment.
 */
export function placeOf(date: ResolvedDate): number {
  if (date.from === null && date.to !== null) return date.to.start - 0.5;
  if (date.to === null && date.from !== null) return date.from.end + 0.5;
  return date.min ?? date.max ?? 0;
}

/** The stretch of time a round's own group covers: the whole of its day, or its whole span if it is longer. */
export interface RoundDay {
  round: number;
  /** The round's own event. */
  id: string;
  /** First and last millisecond of the round's day (wall-clock time, as the date table gives it). */
  start: number;
  end: number;
  /** The day in words: "16 May 2025". */
  day: string;
}

/**
 * The rounds' days, in time order: the frame the story is told in. Taken from the whole record, not from what the
 * filters let through, so the groups keep their names whatever is shown.
 */
export function roundDays(dataset: Dataset): RoundDay[] {
  const days: RoundDay[] = [];
  for (const event of dataset.events) {
    if (event.round === undefined) continue;
    const date = dateIn(dataset.dates, event.date);
    if (!date || date.min === null || date.max === null) continue;
    const start = Math.floor(date.min / DAY) * DAY;
    const end = Math.floor(date.max / DAY) * DAY + DAY - 1;
    const oneDay = end - start === DAY - 1;
    const day = oneDay
      ? formatPoint({ start, end, precision: 'day', approximate: false, uncertain: false })
      : formatDate(date);
    days.push({ round: event.round, id: event.id, start, end, day });
  }
  return days.sort((a, b) => a.start - b.start || a.round - b.round);
}

/**
 * Events in the order the story goes: by the moment each is placed at (`placeOf`); a round's own card at the start of
 * its day, before its outcomes and whatever else that day holds. On a tie, the coarser date first (June 2025 before
 * 1 June 2025, as a reader scanning down meets the month before the days inside it); then the one that ends first
 * (a remark of 25 May before the reply dated 25 – 26 May); then dataset order.
 */
export function chronology(dataset: Dataset): ChronologyEntry[] {
  const roundStart = new Map(roundDays(dataset).map((r) => [r.id, r.start]));
  const entries = dataset.events.map((event, index) => ({ event, index, date: dateIn(dataset.dates, event.date) }));
  return entries
    .filter((e): e is typeof e & { date: ResolvedDate } => e.date !== null)
    .map((e) => ({ ...e, at: roundStart.get(e.event.id) ?? placeOf(e.date), isRound: roundStart.has(e.event.id) }))
    .sort(
      (a, b) =>
        a.at - b.at ||
        Number(b.isRound) - Number(a.isRound) ||
        fineness(a.date) - fineness(b.date) ||
        spanEnd(a.date) - spanEnd(b.date) ||
        a.index - b.index,
    )
    .map(({ event, date }) => ({ event, date }));
}

const FINENESS: Record<Precision, number> = { year: 0, month: 1, day: 2, minute: 3, second: 4 };

/** How fine a date is: its coarser end's precision (a year is coarser than a month, a month than a day). */
function fineness(date: ResolvedDate): number {
  return Math.min(...[date.from, date.to].map((point) => (point ? FINENESS[point.precision] : Infinity)));
}

const spanEnd = (date: ResolvedDate) => date.max ?? Infinity;

/** One stretch of the story, as the list shows it under a heading. */
export interface StoryGroup {
  /** Stable across filter changes: `background`, `round-2`, `between-1-2`, `after-3`, or `all` without rounds. */
  key: string;
  kind: 'background' | 'round' | 'between' | 'after' | 'all';
  /** "Background", "Round 1 · 16 May 2025", "Between rounds 1 and 2", "After round 3"; empty for `all`. */
  label: string;
  /** The rounds the stretch is named by (one, or the two it lies between), for a label in another language. */
  rounds: number[];
  /** A round's day: its first moment, for a label in another language. */
  day?: number;
  entries: ChronologyEntry[];
}

/**
 * Splits entries (in `chronology` order) into the stretches of the story: the background before the first round's
 * day, each round's day, the time between two rounds, and the time after the last. Empty stretches are left out; a
 * record without rounds is one unnamed group. Groups come in time order whatever order the entries arrive in.
 */
export function storyGroups(entries: readonly ChronologyEntry[], rounds: readonly RoundDay[]): StoryGroup[] {
  if (rounds.length === 0) {
    return entries.length > 0 ? [{ key: 'all', kind: 'all', label: '', rounds: [], entries: [...entries] }] : [];
  }
  // Every stretch in time order, with the moment the next one begins. A round's day ends half a millisecond after its
  // last moment, where "some time after" that day is placed: such an event belongs to the stretch after the round, as
  // "some time before" a round's day belongs to the stretch before it.
  const frame: (StoryGroup & { endsBefore: number })[] = [
    {
      key: 'background',
      kind: 'background',
      label: 'Background',
      rounds: [],
      entries: [],
      endsBefore: rounds[0]!.start,
    },
  ];
  rounds.forEach((r, i) => {
    const label = `Round ${r.round} · ${r.day}`;
    frame.push({
      key: `round-${r.round}`,
      kind: 'round',
      label,
      rounds: [r.round],
      day: r.start,
      entries: [],
      endsBefore: r.end + 0.5,
    });
    const next = rounds[i + 1];
    frame.push(
      next
        ? {
            key: `between-${r.round}-${next.round}`,
            kind: 'between',
            label: `Between rounds ${r.round} and ${next.round}`,
            rounds: [r.round, next.round],
            entries: [],
            endsBefore: next.start,
          }
        : {
            key: `after-${r.round}`,
            kind: 'after',
            label: `After round ${r.round}`,
            rounds: [r.round],
            entries: [],
            endsBefore: Infinity,
          },
    );
  });
  const roundStart = new Map(rounds.map((r) => [r.id, r.start]));
  for (const entry of entries) {
    // A round sits on its own day even when its date is a time late in that day.
    const at = roundStart.get(entry.event.id) ?? placeOf(entry.date);
    frame.find((group) => at < group.endsBefore)!.entries.push(entry);
  }
  return frame.filter((g) => g.entries.length > 0).map(({ endsBefore: _endsBefore, ...group }) => group);
}

/**
 * The roles an actor is attested in at the time of an event: those whose `held` date or interval overlaps the event's
 * date. Titles change between rounds (Umerov), so nothing is carried over from another date: where no role covers the
 * date, the answer is empty and the app shows the name alone.
 */
export function rolesAt(actor: Actor, date: ResolvedDate, dates: DateTable): Role[] {
  return actor.roles.filter((role) => {
    const held = dateIn(dates, role.held);
    if (!held || date.min === null || date.max === null) return false;
    const from = held.min ?? -Infinity;
    const to = held.max ?? Infinity;
    return from <= date.max && date.min <= to;
  });
}

export function actorIndex(dataset: Dataset): Map<string, Actor> {
  return new Map(dataset.actors.map((a) => [a.id, a]));
}
