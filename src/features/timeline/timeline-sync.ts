// What the timeline must change to go from the items it holds to the items it should show. Free of the DOM, so the
// rules are tested without vis-timeline: every change costs vis-timeline work (a changed item is rebuilt and, when in
// view, measured), so only what really differs is sent.
import type { TimelineItemSpec } from './timeline-items';

export interface ItemChanges {
  /** Ids the timeline holds that are no longer shown. */
  removed: string[];
  /** Items the timeline does not hold yet. */
  added: TimelineItemSpec[];
  /** Items it holds whose drawing differs (dates, row, label, tooltip, classes). */
  changed: TimelineItemSpec[];
  /**
   * Ranges it holds whose words alone differ (label, tooltip): a range is as wide as its dates, so a new label needs
   * no new measurement and can be written into the drawn box. A filter change recounts every counted stretch, and
   * rebuilding each one cost vis-timeline a layout per box.
   */
  relabelled: TimelineItemSpec[];
  /**
   * Ranges it holds that keep their row and look but change dates (and maybe words): a box that counts events
   * which began before the view follows the view's left edge on every zoom step and pan. Its size comes from its
   * dates, so it needs placing again, not measuring (its words are written in place, as for `relabelled`).
   */
  moved: TimelineItemSpec[];
}

const sameLines = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((line, i) => line === b[i]);

/** True when both are drawn the same way, wherever: same row, shape and classes. */
const sameLook = (a: TimelineItemSpec, b: TimelineItemSpec) =>
  a.id === b.id && a.group === b.group && a.shape === b.shape && a.className === b.className;

/** True when both are drawn in the same place and the same way: same row, shape, dates and classes. */
const sameBox = (a: TimelineItemSpec, b: TimelineItemSpec) => sameLook(a, b) && a.start === b.start && a.end === b.end;

const sameWords = (a: TimelineItemSpec, b: TimelineItemSpec) => a.label === b.label && sameLines(a.tooltip, b.tooltip);

/** True when both draw the same: specs are rebuilt whenever the dimmed event changes, most of them identical. */
export function sameSpec(a: TimelineItemSpec, b: TimelineItemSpec): boolean {
  return a === b || (sameBox(a, b) && sameWords(a, b));
}

export function diffItems(held: ReadonlyMap<string, TimelineItemSpec>, next: readonly TimelineItemSpec[]): ItemChanges {
  const nextIds = new Set(next.map((item) => item.id));
  const removed = [...held.keys()].filter((id) => !nextIds.has(id));
  const added: TimelineItemSpec[] = [];
  const changed: TimelineItemSpec[] = [];
  const relabelled: TimelineItemSpec[] = [];
  const moved: TimelineItemSpec[] = [];
  for (const item of next) {
    const old = held.get(item.id);
    if (!old) added.push(item);
    else if (sameSpec(old, item)) continue;
    else if (item.shape !== 'range' || !sameLook(old, item)) changed.push(item);
    else if (sameBox(old, item)) relabelled.push(item);
    else moved.push(item);
  }
  return { removed, added, changed, relabelled, moved };
}
