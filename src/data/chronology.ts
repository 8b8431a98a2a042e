// Derived views of the dataset that every feature shares: events in time order with their resolved dates, and the
// role each actor held at the time of an event.
import { dateIn, sortKey, type DateTable, type ResolvedDate } from './edtf';
import type { Actor, Dataset, Role, TimelineEvent } from './schema';

const spanEnd = (date: ResolvedDate) => date.max ?? Infinity;

export interface ChronologyEntry {
  event: TimelineEvent;
  date: ResolvedDate;
}

/**
 * Events in time order: earliest possible moment first; on a tie the wider span first (June 2025 before 1 June 2025,
 * as a reader scanning down meets the month before the days inside it); then dataset order.
 */
export function chronology(dataset: Dataset): ChronologyEntry[] {
  const entries = dataset.events.map((event, index) => ({ event, index, date: dateIn(dataset.dates, event.date) }));
  return entries
    .filter((e): e is typeof e & { date: ResolvedDate } => e.date !== null)
    .sort((a, b) => sortKey(a.date) - sortKey(b.date) || spanEnd(b.date) - spanEnd(a.date) || a.index - b.index)
    .map(({ event, date }) => ({ event, date }));
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
