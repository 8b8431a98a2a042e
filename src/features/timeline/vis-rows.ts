// What the patches of vis-timeline 8.5.4's rows (batched-changes.ts, near-items.ts) reach into, found rather than
// imported: the package exports no row class. Each patch checks that the methods it replaces are there and gives up
// otherwise, so a vis-timeline built differently runs unpatched.
import type { Timeline } from 'vis-timeline/esnext';

/** The timeline's item set: its rows and items by id, and the draw that the timeline's frame calls. */
export interface ItemSet {
  groups?: Record<string, object>;
  items?: Record<string, object>;
  redraw?: () => boolean;
}

export function itemSetOf(timeline: Timeline): ItemSet | undefined {
  return (timeline as unknown as { itemSet?: ItemSet }).itemSet;
}

/** The prototype that defines all of `methods` for the item set's rows, found from a row it already has. */
export function rowPrototype<T extends object>(itemSet: ItemSet, methods: readonly string[]): T | null {
  const row = itemSet.groups && Object.values(itemSet.groups)[0];
  for (let proto = row && Object.getPrototypeOf(row); proto; proto = Object.getPrototypeOf(proto)) {
    const own = (name: string) => typeof Object.getOwnPropertyDescriptor(proto, name)?.value === 'function';
    if (methods.every(own)) return proto as T;
  }
  return null;
}
