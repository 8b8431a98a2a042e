import {
  type KeyboardEvent,
  lazy,
  type Ref,
  memo,
  type ReactNode,
  Suspense,
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { actorIndex, type ChronologyEntry } from '../../data/chronology';
import type { Dataset } from '../../data/schema';
import { nextEventId } from '../../lib/event-navigation';
import { EventCard } from './EventCard';

// The windowing code (a dozen KB gzipped) loads only for a long record, so the real one's first paint does not wait
// for it.
const WindowedList = lazy(() => import('./WindowedList'));

/**
 * Longer lists render only the entries near the viewport. Below this every entry is in the page, so find-in-page,
 * printing from the browser and a screen reader's own list navigation see them all: the real record has 48 events,
 * so it is never windowed. Rendering every card grows with the record; up to this many it stays within what a filter
 * change may take (docs/large-records.md), and windowed it does not grow at all.
 */
export const WINDOW_ABOVE = 200;

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
  ref?: Ref<ChronologyHandle>;
}

/** What the page may ask of the list. */
export interface ChronologyHandle {
  /** Moves focus to an event's entry, if it is in the list (focus comes back there when its details close). */
  focusEntry: (id: string) => void;
}

/** The title buttons of the entries in the document, by event id: where focus goes when the list moves it. */
export type EntryButtons = ReadonlyMap<string, HTMLButtonElement>;

/** The accessible, chronological list of every event: the timeline's full equivalent, sharing its selection. */
export const ChronologyList = memo(function ChronologyList({
  dataset,
  entries,
  total,
  selectedId,
  dimmed,
  highlight,
  empty,
  onSelect,
  onOpen,
  ref,
}: Props) {
  // One map for the list's life, filled by the cards as they mount: a registry, not state that renders anything.
  const [buttons] = useState(() => new Map<string, HTMLButtonElement>());
  const registerButton = useCallback(
    (id: string, button: HTMLButtonElement | null) => void (button ? buttons.set(id, button) : buttons.delete(id)),
    [buttons],
  );
  useImperativeHandle(ref, () => ({ focusEntry: (id) => buttons.get(id)?.focus() }), [buttons]);
  const actors = useMemo(() => actorIndex(dataset), [dataset]);
  const tracks = useMemo(() => new Map(dataset.tracks.map((t) => [t.id, t])), [dataset]);
  // A scan, not a map from id to place built on every filter change: building the map costs more than one scan.
  const selectedIndex = useMemo(
    () => (selectedId === null ? -1 : entries.findIndex((e) => e.event.id === selectedId)),
    [entries, selectedId],
  );
  const rounds = useMemo(() => entries.filter((e) => e.event.round !== undefined).length, [entries]);
  const windowed = entries.length > WINDOW_ABOVE;
  // One entry is in the tab order: the selected one, or the first.
  const tabStopIndex = selectedIndex >= 0 ? selectedIndex : entries.length > 0 ? 0 : -1;
  const tabStop = entries[tabStopIndex]?.event.id;

  // Handlers read the latest props through a ref, so the cards get the same functions every render and React.memo
  // can skip them; the page's own handlers change whenever the timeline's window moves.
  const latest = useRef({ entries, selectedId, onSelect, onOpen });
  useLayoutEffect(() => {
    latest.current = { entries, selectedId, onSelect, onOpen };
  });
  // The event that arrow keys just moved to: focus follows it even if the entry that had focus is no longer rendered.
  const focusNext = useRef<string | null>(null);
  const open = useCallback((id: string) => latest.current.onOpen(id), []);
  // Steps from the entry that has focus, which differs from the selection when nothing is selected yet.
  const onKeyDown = useCallback((e: KeyboardEvent<HTMLButtonElement>, focusedId: string) => {
    const next = nextEventId(
      latest.current.entries.map((entry) => entry.event.id),
      focusedId,
      e.key,
    );
    if (next === undefined) return;
    e.preventDefault();
    // When the key lands on the selected entry (Home on the first, say), no new selection follows to take the mark.
    if (next !== latest.current.selectedId) focusNext.current = next;
    latest.current.onSelect(next);
  }, []);

  // Whether the keys moved the selection to this event; asked once per new selection.
  const takeKeyIntent = useCallback((id: string) => {
    const fromKeys = focusNext.current === id;
    focusNext.current = null;
    return fromKeys;
  }, []);

  function card({ event, date }: ChronologyEntry) {
    return (
      <EventCard
        event={event}
        date={date}
        actors={actors}
        dates={dataset.dates}
        track={tracks.get(event.track)}
        selected={event.id === selectedId}
        tabbable={event.id === tabStop}
        onOpen={open}
        onKeyDown={onKeyDown}
        registerButton={registerButton}
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
      {windowed ? (
        <Suspense fallback={<FirstEntries entries={entries} card={card} />}>
          <WindowedList
            entries={entries}
            selectedId={selectedId}
            selectedIndex={selectedIndex}
            tabStopIndex={tabStopIndex}
            card={card}
            buttons={buttons}
            takeKeyIntent={takeKeyIntent}
          />
        </Suspense>
      ) : (
        <FullList
          entries={entries}
          selectedId={selectedId}
          card={card}
          buttons={buttons}
          takeKeyIntent={takeKeyIntent}
        />
      )}
    </section>
  );
});

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

export interface EntriesProps {
  entries: ChronologyEntry[];
  selectedId: string | null;
  card: (entry: ChronologyEntry) => ReactNode;
  buttons: EntryButtons;
  takeKeyIntent: (id: string) => boolean;
}

/** Every entry in the page: the list as it is for a record of up to WINDOW_ABOVE events. */
function FullList({ entries, selectedId, card, buttons, takeKeyIntent }: EntriesProps) {
  const listRef = useRef<HTMLOListElement>(null);
  // A new selection, from the keys, the timeline or a link: bring it into view; move focus to it if focus is here.
  useEffect(() => {
    const list = listRef.current;
    if (!list || selectedId === null) return;
    const follow = takeKeyIntent(selectedId) || list.contains(document.activeElement);
    const button = buttons.get(selectedId);
    if (!button) return;
    if (follow) button.focus({ preventScroll: true });
    scrollWithinList(list, button.closest('li'), follow);
    // Only a new selection moves the view; re-rendering for other reasons must leave the reader's scroll alone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);
  return (
    <ol ref={listRef} aria-labelledby="chronology-heading" className="mt-3 space-y-3">
      {entries.map((entry) => (
        <li key={entry.event.id} className="scroll-mt-2 [contain-intrinsic-size:auto_9rem] [content-visibility:auto]">
          {card(entry)}
        </li>
      ))}
    </ol>
  );
}

/** The first entries of a long list, shown for the moment the windowing code takes to load. */
function FirstEntries({ entries, card }: Pick<EntriesProps, 'entries' | 'card'>) {
  return (
    <ol aria-labelledby="chronology-heading" className="mt-3 space-y-3">
      {entries.slice(0, 20).map((entry, i) => (
        <li key={entry.event.id} aria-setsize={entries.length} aria-posinset={i + 1}>
          {card(entry)}
        </li>
      ))}
    </ol>
  );
}
