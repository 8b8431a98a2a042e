// Items just outside the view stay in the page across vis-timeline's (8.5.4) draws instead of leaving and coming back
// in each one.
//
// A row's draw (`_updateItemsInRange`) lists the items to show as those starting within a quarter of the window's
// width either side of it (`_traceVisible`), so a pan brings them in already drawn. In the same draw it first takes
// out of the page every drawn item that is not inside the window itself (`_checkIfVisibleWithReference`), then puts
// the listed ones back. The ones in that margin go out and come back every time: their boxes are removed, inserted,
// styled and laid out again, with nothing changed. The timeline is given items beyond the window on purpose (a
// large record's counted stretches run past both edges), so at 10,000 events an actor tick moved 20 boxes out and
// back in each of its two draws.
//
// The patched check leaves a drawn item in place when it starts in that margin, which is exactly when the same draw
// lists it to be shown: what the page holds after the draw is unchanged. Only the boxes' order in the DOM can differ
// (a kept box keeps its place; vis-timeline put a returning one last), which nothing reads: positions are styles.
import type { Timeline } from 'vis-timeline/esnext';
import { itemSetOf, rowPrototype } from './vis-rows';

interface Range {
  start: number;
  end: number;
}
interface RowItem {
  data: { start: Date | number };
  displayed?: boolean;
  isVisible(range: Range): boolean;
  /** Set on vis-timeline's own clusters and the items they hold; those are listed by other rules. */
  isCluster?: boolean;
  cluster?: unknown;
}
interface Row {
  _checkIfVisibleWithReference(item: RowItem, visibleItems: unknown[], lookup: object, range: Range): void;
  _updateItemsInRange(...args: unknown[]): unknown;
  _traceVisible(...args: unknown[]): unknown;
}

const PATCHED = Symbol('near items stay drawn');

/** Whether the row's draw lists `item` to be shown: it starts within a quarter of the window either side of it. */
export function listedNearView(item: RowItem, range: Range): boolean {
  if (item.isCluster || item.cluster) return false;
  const margin = (range.end - range.start) / 4;
  const start = item.data.start.valueOf();
  return start >= range.start - margin && start <= range.end + margin;
}

/** Patches the rows' class once per page (every timeline's rows share it); false when it is not what this expects. */
export function keepNearItemsDrawn(timeline: Timeline): boolean {
  const itemSet = itemSetOf(timeline);
  const proto =
    itemSet &&
    rowPrototype<Row & { [PATCHED]?: true }>(itemSet, [
      '_checkIfVisibleWithReference',
      '_updateItemsInRange',
      '_traceVisible',
    ]);
  if (!proto) return false;
  if (proto[PATCHED]) return true;
  const check = proto._checkIfVisibleWithReference;
  proto._checkIfVisibleWithReference = function (this: Row, item, visibleItems, lookup, range) {
    if (item.displayed && !item.isVisible(range) && listedNearView(item, range)) return;
    check.call(this, item, visibleItems, lookup, range);
  };
  proto[PATCHED] = true;
  return true;
}
