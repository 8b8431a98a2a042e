// The chronology for a long record: only the rows near the viewport are in the document. Loaded on demand by
// ChronologyList, which keeps the whole list in the page for short records.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { defaultRangeExtractor, useVirtualizer, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { FirstRows, RowContent, useSelectionArrival, type WindowProps } from './ChronologyList';

/** A card's height before it is measured: a date line, a title, a line of actors and a short summary at 26rem. */
const ESTIMATED_ENTRY_PX = 180;
/** A stretch's heading before it is measured. */
const ESTIMATED_HEADING_PX = 48;

export default function WindowedList(props: WindowProps) {
  const { rows, selectedId, selectedIndex, tabStopIndex, card, fold, links, takeKeyIntent } = props;
  const listRef = useRef<HTMLOListElement>(null);
  const box = useScrollBox(listRef);
  const scrollMargin = useOffsetInScroller(listRef, box);
  // The tab stop is always rendered, wherever the reader has scrolled: without it, Tab would skip the list.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (tabStopIndex < 0 || indexes.includes(tabStopIndex)) return indexes;
      return [...indexes, tabStopIndex].sort((a, b) => a - b);
    },
    [tabStopIndex],
  );
  // Keyed by event, so measured heights survive a filter change that shifts every index. Stable per list, as the
  // virtualizer lays out every entry again whenever this function changes.
  const getItemKey = useCallback((index: number) => rows[index]!.key, [rows]);
  const estimateSize = useCallback(
    (index: number) => (rows[index]?.kind === 'heading' ? ESTIMATED_HEADING_PX : ESTIMATED_ENTRY_PX),
    [rows],
  );
  const common = { count: rows.length, estimateSize, getItemKey, overscan: 6, scrollMargin, rangeExtractor };
  // The warning is about the React Compiler memoising around the virtualizer; this project does not use the compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const inBox = useVirtualizer<HTMLElement, HTMLLIElement>({
    ...common,
    getScrollElement: () => box ?? null,
    enabled: box instanceof HTMLElement,
  });
  const inPage = useWindowVirtualizer<HTMLLIElement>({ ...common, enabled: box === null });
  // Until it knows what scrolls it (on the server, and in the render that hydrates the page), the list is plain.
  const virtualizer = box === undefined ? null : box === null ? inPage : inBox;

  // A row measures itself when it is mounted; after that the virtualizer hears of a new height only from its
  // ResizeObserver, after the frame is drawn, and moves the rows below in a render after that. A search keystroke
  // rewrites the cards it keeps (the matches are marked, and a card's height can change with them), so the rows
  // below moved two frames after the rest of the page. Read here, in the commit, they move with it.
  useLayoutEffect(() => {
    if (!virtualizer || !listRef.current) return;
    for (const row of listRef.current.children) {
      if (row instanceof HTMLElement) virtualizer.resizeItem(Number(row.dataset.index), row.offsetHeight);
    }
    // `card` is new on each of the list's renders (selection, filters, search), so this runs on each of them; not on
    // the virtualizer's own renders while the reader scrolls, when no kept card changes.
  }, [rows, card, virtualizer]);

  // A new selection, from the keys, the timeline or a link: bring it into view; move focus to it if focus is here.
  const arriving = useSelectionArrival();
  useEffect(() => {
    const list = listRef.current;
    if (!list || !virtualizer) return;
    const first = arriving();
    if (selectedId === null || selectedIndex < 0) return;
    const follow = takeKeyIntent(selectedId) || list.contains(document.activeElement);
    // Scrolls the list's box; the page only when the keys moved there or a link opened the page on this event: a
    // timeline click never scrolls the page away from it.
    if (virtualizer === inBox || follow || first) {
      virtualizer.scrollToIndex(selectedIndex, { align: first ? 'start' : 'auto' });
    }
    // The selected entry is the tab stop, so it is rendered even before the scroll brings it into range.
    if (follow) links.get(selectedId)?.focus({ preventScroll: true });
    // Only a new selection moves the view (or windowing starting, which is when a linked event can first be shown);
    // re-rendering for other reasons must leave the reader's scroll alone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId, virtualizer]);

  if (!virtualizer) return <FirstRows rows={rows} card={card} fold={fold} listRef={listRef} />;
  return (
    <ol
      ref={listRef}
      aria-labelledby="chronology-heading"
      aria-describedby="chronology-hint"
      className="relative mt-3"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index]!;
        const place: CSSProperties = { transform: `translateY(${item.start - scrollMargin}px)` };
        return (
          <li
            key={row.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            // Only some rows are in the document: say where each one stands in the whole list.
            aria-setsize={rows.length}
            aria-posinset={item.index + 1}
            // The gap is padding inside the row, so it is measured with it and scales with the text size.
            className="absolute top-0 left-0 w-full pb-3"
            style={place}
          >
            <RowContent row={row} card={card} fold={fold} />
          </li>
        );
      })}
    </ol>
  );
}

/**
 * What scrolls the list: its `[data-scroll-box]` when that box scrolls (the wide layout), null when the page does
 * (narrow screens), undefined until known. Checked again on resize, as the layout changes at a breakpoint.
 */
function useScrollBox(listRef: RefObject<HTMLElement | null>): HTMLElement | null | undefined {
  const [box, setBox] = useState<HTMLElement | null | undefined>(undefined);
  useLayoutEffect(() => {
    const check = () => {
      const candidate = listRef.current?.closest<HTMLElement>('[data-scroll-box]') ?? null;
      const overflow = candidate ? getComputedStyle(candidate).overflowY : '';
      setBox(overflow === 'auto' || overflow === 'scroll' ? candidate : null);
    };
    check();
    window.addEventListener('resize', check);
    return () => window.removeEventListener('resize', check);
  }, [listRef]);
  return box;
}

/**
 * How far the list starts below the top of what scrolls it (the heading and hint above it, and on narrow screens the
 * timeline and everything else above): the windowing counts rows from there. Measured again when anything resizes.
 */
function useOffsetInScroller(listRef: RefObject<HTMLElement | null>, box: HTMLElement | null | undefined): number {
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    if (box === undefined) return;
    const measure = () => {
      const list = listRef.current;
      if (!list) return;
      const top = list.getBoundingClientRect().top;
      setOffset(Math.round(box ? top - box.getBoundingClientRect().top + box.scrollTop : top + window.scrollY));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    // The body grows when the timeline above loads; the box's content when the count or an empty notice wraps.
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    if (box?.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, [listRef, box]);
  return offset;
}
