// Changes to vis-timeline's items (8.5.4), applied in one draw instead of one per item and two per change.
//
// - A row's `add` draws an item added inside the visible window at once, on its own (`_checkIfVisible`: the item is
//   drawn and its size read before the next is added, a layout per item). That is the slow path the stack notes
//   measured, seconds per thousand items.
// - After every add, update or remove, the item set redraws every row synchronously, although it has already asked
//   the timeline for a redraw in its next frame. A change made of removals and additions drew twice before the
//   frame's own draw.
//
// - An update redraws a drawn item on the spot (`setData`), measuring it: a layout per item.
//
// The queued draw (in the next frame, or at the end of React's commit when the canvas flushes it: draw-on-demand.ts)
// finds each row's items in view and draws the new ones in one batch (writes first, reads after), so both can wait
// for it. An item that only moves keeps its drawn box, which that draw places again from its new dates; it needs no
// redraw (see `moving` below). This reaches into vis-timeline's internals (`itemSet`, its `redraw`, its items, its
// rows' prototype); it checks that they are what it expects and gives up otherwise, and the caller keeps its older
// workaround.
import type { Timeline } from 'vis-timeline/esnext';
import { itemSetOf, rowPrototype } from './vis-rows';

interface Row {
  add(item: unknown): void;
  _checkIfVisible(item: unknown, visibleItems: unknown[], range: unknown): void;
}

const PATCHED = Symbol('rows add without drawing');
const nothing = () => false;

/** Rows add items without drawing them; the next draw does. Once per page: every timeline's rows share the class. */
function addWithoutDrawing(proto: Row & { [PATCHED]?: true }) {
  if (proto[PATCHED]) return;
  const add = proto.add;
  proto.add = function (this: Row, item: unknown) {
    // Shadowed on the row for this call only.
    this._checkIfVisible = nothing;
    try {
      add.call(this, item);
    } finally {
      delete (this as Partial<Row>)._checkIfVisible;
    }
  };
  proto[PATCHED] = true;
}

interface Item {
  redraw?: unknown;
}

/**
 * A function that applies `change` (calls on the timeline's item DataSet) so that it is drawn once, by the
 * timeline's queued draw; null when vis-timeline's internals are not what this expects.
 *
 * `moving`: ids of items the change updates whose drawing is the same but for their dates (ranges: their size comes
 * from their dates, not from a measurement). A drawn one is not redrawn when updated; the queued draw places it
 * where its new dates say, as it places every item in view. Any other update must be a removal and an addition: the
 * queued draw draws only the items it has not drawn.
 */
export function batchedChanges(timeline: Timeline): ((change: () => void, moving?: readonly string[]) => void) | null {
  const itemSet = itemSetOf(timeline);
  const proto = itemSet && rowPrototype<Row & { [PATCHED]?: true }>(itemSet, ['add', '_checkIfVisible']);
  if (!itemSet || !proto || typeof itemSet.redraw !== 'function' || Object.hasOwn(itemSet, 'redraw')) return null;
  addWithoutDrawing(proto);
  return (change, moving = []) => {
    // The item set's listeners call `redraw` after each DataSet event; shadowed on the instance, they skip it and
    // the redraw they have also queued draws the whole change. The moving items' own redraw likewise.
    itemSet.redraw = nothing;
    const items = moving
      .map((id) => itemSet.items?.[id] as Item | undefined)
      .filter((item) => item && typeof item.redraw === 'function' && !Object.hasOwn(item, 'redraw')) as Item[];
    for (const item of items) item.redraw = nothing;
    try {
      change();
    } finally {
      delete itemSet.redraw;
      for (const item of items) delete item.redraw;
    }
  };
}
