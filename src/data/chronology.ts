// Derived views of the dataset that every feature shares: events in time order with their resolved dates, and the
// role each actor held at the time of an event.
import { resolveEdtf, sortKey, type ResolvedDate } from './edtf';
import type { Actor, Dataset, Role, TimelineEvent } from './schema';

export interface ChronologyEntry {
  event: TimelineEvent;
  date: ResolvedDate;
}

/** Events in time order (earliest possible moment first; ties keep dataset order). Unplaceable dates go last. */
export function chronology(dataset: Dataset): ChronologyEntry[] {
  const entries = dataset.events.map((event, index) => ({ event, index, date: resolveEdtf(event.date) }));
  return entries
    .filter((e): e is typeof e & { date: ResolvedDate } => e.date !== null)
    .sort((a, b) => sortKey(a.date) - sortKey(b.date) || a.index - b.index)
    .map(({ event, date }) => ({ event, date }));
}

/**
 * The role an actor is attested in on the day of an event: a role whose `held` date or interval covers the event's
 * day. Titles change between rounds (Umerov), so nothing is carried over from another date: where no role covers the
 * day, the answer is undefined and the app says the sources do not give one.
 */
export function roleAt(actor: Actor, date: ResolvedDate): Role | undefined {
  return actor.roles.find((role) => {
    const held = resolveEdtf(role.held);
    if (!held || date.min === null || date.max === null) return false;
    const from = held.min ?? -Infinity;
    const to = held.max ?? Infinity;
    return from <= date.max && date.min <= to;
  });
}

export function actorIndex(dataset: Dataset): Map<string, Actor> {
  return new Map(dataset.actors.map((a) => [a.id, a]));
}
