// The chronology for a long record: only the entries near the viewport are in the document. Loaded on demand by
// ChronologyList, which keeps the whole list in the page for short records.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { defaultRangeExtractor, useVirtualizer, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import type { EntriesProps } from './ChronologyList';

/** A card's height before it is measured: a date line, a title, a line of actors and a short summary at 26rem. */
const ESTIMATED_ENTRY_PX = 180;

interface Props extends EntriesProps {
  /** The selected event's index in `entries`, -1 when it is not there. */
  selectedIndex: number;
  /** The entry in the tab order, -1 when there is none. */
  tabStopIndex: number;
}

export default function WindowedList(props: Props) {
  const { entries, selectedId, selectedIndex, tabStopIndex, card, buttons, takeKeyIntent } = props;
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
  const getItemKey = useCallback((index: number) => entries[index]!.event.id, [entries]);
  const common = {
    count: entries.length,
    estimateSize: () => ESTIMATED_ENTRY_PX,
    getItemKey,
    overscan: 6,
    scrollMargin,
    rangeExtractor,
  };
  // The warning is about the React Compiler memoising around the virtualizer; this project does not use the compiler.
  // eslint-disable-next-line react-hooks/incompatible-library
  const inBox = useVirtualizer<HTMLElement, HTMLLIElement>({
    ...common,
    getScrollElement: () => box ?? null,
    enabled: box instanceof HTMLElement,
  });
  const inPage = useWindowVirtualizer<HTMLLIElement>({ ...common, enabled: box === null });
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
  }, [entries, card, virtualizer]);

  // A new selection, from the keys, the timeline or a link: bring it into view; move focus to it if focus is here.
  useEffect(() => {
    const list = listRef.current;
    if (!list || !virtualizer || selectedId === null) return;
    if (selectedIndex < 0) return;
    const follow = takeKeyIntent(selectedId) || list.contains(document.activeElement);
    // Scrolls the list's box, or the page when the keys moved there: a timeline click never scrolls the page away.
    if (virtualizer === inBox || follow) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    // The selected entry is the tab stop, so it is rendered even before the scroll brings it into range.
    if (follow) buttons.get(selectedId)?.focus({ preventScroll: true });
    // Only a new selection moves the view (or windowing starting, which is when a linked event can first be shown);
    // re-rendering for other reasons must leave the reader's scroll alone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId, virtualizer]);

  return (
    <ol
      ref={listRef}
      aria-labelledby="chronology-heading"
      className="relative mt-3"
      style={{ height: virtualizer?.getTotalSize() }}
    >
      {(virtualizer?.getVirtualItems() ?? []).map((item) => {
        const entry = entries[item.index]!;
        const place: CSSProperties = { transform: `translateY(${item.start - scrollMargin}px)` };
        return (
          <li
            key={entry.event.id}
            ref={virtualizer!.measureElement}
            data-index={item.index}
            // Only some entries are in the document: say where each one stands in the whole list.
            aria-setsize={entries.length}
            aria-posinset={item.index + 1}
            // The gap is padding inside the entry, so it is measured with it and scales with the text size.
            className="absolute top-0 left-0 w-full pb-3"
            style={place}
          >
            {card(entry)}
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
 * How far the list starts below the top of what scrolls it (the heading and count above it, and on narrow screens the
 * timeline and everything else above): the windowing counts entries from there. Measured again when anything resizes.
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
