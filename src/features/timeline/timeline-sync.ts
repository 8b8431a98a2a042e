// What the timeline must change to go from the items it holds to the items it should show. Free of the DOM, so the
// rules are tested without vis-timeline: every change costs vis-timeline work (an updated item that is drawn is
// redrawn and measured), so only what really differs is sent.
import type { TimelineItemSpec } from './timeline-items';

export interface ItemChanges {
  /** Ids the timeline holds that are no longer shown. */
  removed: string[];
  /** Items it does not hold yet, and items it holds that are drawn differently (dates, row, label, tooltip, look). */
  updated: TimelineItemSpec[];
}

const sameLines = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((line, i) => line === b[i]);

/** True when both draw the same: specs are rebuilt whenever the dimmed event changes, most of them identical. */
export function sameSpec(a: TimelineItemSpec, b: TimelineItemSpec): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.group === b.group &&
      a.shape === b.shape &&
      a.className === b.className &&
      a.start === b.start &&
      a.end === b.end &&
      a.label === b.label &&
      sameLines(a.tooltip, b.tooltip))
  );
}

export function diffItems(held: ReadonlyMap<string, TimelineItemSpec>, next: readonly TimelineItemSpec[]): ItemChanges {
  const nextIds = new Set(next.map((item) => item.id));
  const removed = [...held.keys()].filter((id) => !nextIds.has(id));
  const updated = next.filter((item) => {
    const old = held.get(item.id);
    return !old || !sameSpec(old, item);
  });
  return { removed, updated };
}
