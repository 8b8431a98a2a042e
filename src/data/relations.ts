// What the dataset says about one event beyond its own fields: its tallies, the silences around it, and the
// disagreements between sources that touch it. Shared by the details panel and anything else that shows an event.
import type { Conflict, Dataset, Silence, Tally, TimelineEvent } from './schema';

export function talliesFor(dataset: Dataset, event: TimelineEvent): Tally[] {
  return dataset.tallies.filter((t) => t.event === event.id || (event.round !== undefined && t.round === event.round));
}

export function silencesFor(dataset: Dataset, event: TimelineEvent): Silence[] {
  return dataset.silences.filter((s) => s.event === event.id || (event.round !== undefined && s.round === event.round));
}

export function conflictsFor(dataset: Dataset, event: TimelineEvent): Conflict[] {
  const tallyIds = new Set(talliesFor(dataset, event).map((t) => t.id));
  return dataset.conflicts.filter(
    (c) =>
      (c.subject.type === 'event' && c.subject.id === event.id) ||
      (c.subject.type === 'tally' && tallyIds.has(c.subject.id)) ||
      (c.subject.type === 'actor' && event.actors.includes(c.subject.id)),
  );
}
