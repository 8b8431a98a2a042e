import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { defaultRangeExtractor, useVirtualizer, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { actorIndex, type ChronologyEntry } from '../../data/chronology';
import type { Dataset } from '../../data/schema';
import { nextEventId } from '../../lib/event-navigation';
import { EventCard } from './EventCard';

/**
 * Longer lists render only the entries near the viewport. Below this every entry is in the page, so find-in-page,
 * printing from the browser and a screen reader's own list navigation see them all: the real record has 48 events,
 * so it is never windowed. The bench profile put a card at about 0.3 ms to render, so 200 cards cost some 60 ms, inside
 * the 100 ms a filter change may take; above that the cost grows with the record (3 s at 10,000), windowed it does not.
 */
export const WINDOW_ABOVE = 200;

/** A card's height before it is measured: a date line, a title, a line of actors and a short summary at 26rem. */
const ESTIMATED_ENTRY_PX = 180;

interface Props {
  dataset: Dataset;
  /** The entries to list, in time order: the filtered ones, plus a linked event the filters hide. */
  entries: ChronologyEntry[];
  /** How many events the record holds in all. */
  total: number;
  /** How many events the filters let through (the list may add one dimmed, linked event). */
  matching: number;
  selectedId: string | null;
  /** The selected event when the filters hide it, with why. */
  dimmed: { id: string; reasons: string[] } | null;
  /** Search words to mark in titles and summaries. */
  highlight: string[];
  /** Shown instead of the entries when the filters leave none. */
  empty: ReactNode;
  /** Moves the selection (arrow keys, Home, End). */
  onSelect: (id: string) => void;
  /** Selects and opens the details (click, Enter). */
  onOpen: (id: string) => void;
}

/** The accessible, chronological list of every event: the timeline's full equivalent, sharing its selection. */
export function ChronologyList({
  dataset,
  entries,
  total,
  selectedId,
  dimmed,
  highlight,
  empty,
  onSelect,
  onOpen,
}: Props) {
  const actors = useMemo(() => actorIndex(dataset), [dataset]);
  const tracks = useMemo(() => new Map(dataset.tracks.map((t) => [t.id, t])), [dataset]);
  const order = useMemo(() => entries.map((e) => e.event.id), [entries]);
  const positions = useMemo(() => new Map(order.map((id, i) => [id, i])), [order]);
  const rounds = useMemo(() => entries.filter((e) => e.event.round !== undefined).length, [entries]);
  const listRef = useRef<HTMLOListElement>(null);
  const windowed = entries.length > WINDOW_ABOVE;
  // One entry is in the tab order: the selected one, or the first.
  const tabStop = selectedId !== null && positions.has(selectedId) ? selectedId : order[0];
  const tabStopIndex = tabStop === undefined ? -1 : positions.get(tabStop)!;

  const box = useScrollBox(listRef, windowed);
  const scrollMargin = useOffsetInScroller(listRef, windowed ? box : undefined);
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
  // virtualizer re-lays out every entry's position whenever this function changes.
  const getItemKey = useCallback((index: number) => order[index]!, [order]);
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
    enabled: windowed && box instanceof HTMLElement,
  });
  const inPage = useWindowVirtualizer<HTMLLIElement>({ ...common, enabled: windowed && box === null });
  const virtualizer = !windowed || box === undefined ? null : box === null ? inPage : inBox;

  // Handlers read the latest props through a ref, so the cards get the same functions every render and React.memo
  // can skip them; the page's own handlers change whenever the timeline's window moves.
  const latest = useRef({ order, selectedId, onSelect, onOpen });
  useLayoutEffect(() => {
    latest.current = { order, selectedId, onSelect, onOpen };
  });
  // The event that arrow keys just moved to: focus follows it even if the entry that had focus has been unrendered.
  const focusNext = useRef<string | null>(null);
  const open = useCallback((id: string) => latest.current.onOpen(id), []);
  // Steps from the entry that has focus, which differs from the selection when nothing is selected yet.
  const onKeyDown = useCallback((e: KeyboardEvent<HTMLButtonElement>, focusedId: string) => {
    const next = nextEventId(latest.current.order, focusedId, e.key);
    if (next === undefined) return;
    e.preventDefault();
    // When the key lands on the selected entry (Home on the first, say), no new selection follows to take the mark.
    if (next !== latest.current.selectedId) focusNext.current = next;
    latest.current.onSelect(next);
  }, []);

  // A new selection, from the keys, the timeline or a link: bring it into view; move focus to it if focus is here.
  useEffect(() => {
    const list = listRef.current;
    if (!list || selectedId === null) return;
    const fromKeys = focusNext.current === selectedId;
    focusNext.current = null;
    const index = positions.get(selectedId);
    if (index === undefined) return;
    const follow = fromKeys || list.contains(document.activeElement);
    if (virtualizer && (virtualizer === inBox || follow)) {
      // Scrolls the list's box, or the page when the keys moved there: a timeline click never scrolls the page away.
      virtualizer.scrollToIndex(index, { align: 'auto' });
    }
    const button = list.querySelector<HTMLButtonElement>(`[data-event-id="${CSS.escape(selectedId)}"]`);
    if (!button) return;
    if (follow) button.focus({ preventScroll: true });
    if (!virtualizer) scrollWithinList(list, button.closest('li'), follow);
    // Only a new selection moves the view (or windowing starting, which is when a linked event can first be shown);
    // re-rendering for other reasons must leave the reader's scroll alone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId, virtualizer]);

  function card({ event, date }: ChronologyEntry) {
    return (
      <EventCard
        event={event}
        date={date}
        actors={actors}
        track={tracks.get(event.track)}
        selected={event.id === selectedId}
        tabbable={event.id === tabStop}
        onOpen={open}
        onKeyDown={onKeyDown}
        highlight={highlight}
        hiddenBecause={dimmed?.id === event.id ? dimmed.reasons : null}
      />
    );
  }

  return (
    <section aria-labelledby="chronology-heading">
      <h2 id="chronology-heading" className="text-lg font-semibold">
        Chronology
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
        {entries.length === total ? `${total} events` : `${entries.length} of ${total} events`} in time order, {rounds}{' '}
        of them rounds of talks. Arrow keys move through them.
      </p>
      {empty && <div className="mt-3">{empty}</div>}
      {virtualizer ? (
        <ol
          ref={listRef}
          aria-labelledby="chronology-heading"
          className="relative mt-3"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const entry = entries[item.index]!;
            const place: CSSProperties = { transform: `translateY(${item.start - scrollMargin}px)` };
            return (
              <li
                key={entry.event.id}
                ref={virtualizer.measureElement}
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
      ) : (
        <ol ref={listRef} aria-labelledby="chronology-heading" className="mt-3 space-y-3">
          {/* Windowed lists wait one layout pass to learn where they scroll; until then, the first entries. */}
          {(windowed ? entries.slice(0, 20) : entries).map((entry) => (
            <li key={entry.event.id} className="scroll-mt-2">
              {card(entry)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * What scrolls the list: its `[data-scroll-box]` when that box scrolls (the wide layout), null when the page does
 * (narrow screens), undefined until known. Checked again on resize, as the layout changes at a breakpoint.
 */
function useScrollBox(listRef: RefObject<HTMLElement | null>, active: boolean): HTMLElement | null | undefined {
  const [box, setBox] = useState<HTMLElement | null | undefined>(undefined);
  useLayoutEffect(() => {
    if (!active) return;
    const check = () => {
      const candidate = listRef.current?.closest<HTMLElement>('[data-scroll-box]') ?? null;
      const overflow = candidate ? getComputedStyle(candidate).overflowY : '';
      setBox(overflow === 'auto' || overflow === 'scroll' ? candidate : null);
    };
    check();
    window.addEventListener('resize', check);
    return () => window.removeEventListener('resize', check);
  }, [listRef, active]);
  return active ? box : undefined;
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

/**
 * Brings an entry into view inside the list's own scroll box. When the page itself scrolls, only focus moved by the
 * keys scrolls it (the reader is in the list); a selection made on the timeline never scrolls the page away from it.
 */
function scrollWithinList(list: HTMLElement, item: Element | null, follow: boolean) {
  if (!item) return;
  const box = list.closest<HTMLElement>('[data-scroll-box]');
  if (!box || box.scrollHeight <= box.clientHeight) {
    if (follow) item.scrollIntoView?.({ block: 'nearest' });
    return;
  }
  const boxRect = box.getBoundingClientRect();
  const rect = item.getBoundingClientRect();
  if (rect.top < boxRect.top) box.scrollTop += rect.top - boxRect.top - 8;
  else if (rect.bottom > boxRect.bottom) box.scrollTop += rect.bottom - boxRect.bottom + 8;
}
