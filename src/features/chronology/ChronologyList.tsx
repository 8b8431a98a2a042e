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
  useSyncExternalStore,
} from 'react';
import { FormattedMessage } from 'react-intl';
import { GroupLabel } from './GroupLabel';
import { messages } from './messages';
import { actorIndex, roundDays, storyGroups, type ChronologyEntry, type StoryGroup } from '../../data/chronology';
import type { Dataset } from '../../data/schema';
import { nextEventId } from '../../lib/event-navigation';
import { EventCard } from './EventCard';
import { storyRows, type StoryRow } from './story-rows';

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

/** How many rows a long list shows before it has measured anything: on the server, and until the page is live. */
export const FIRST_ROWS = 20;

interface Props {
  dataset: Dataset;
  /** The entries to list, in `chronology` order: the filtered ones, plus a linked event the filters hide. */
  entries: ChronologyEntry[];
  /** Not shown: the page says the count once, beside the filters. */
  total?: number;
  /** Not shown: the page says the count once, beside the filters. */
  matching?: number;
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

/** The title links of the entries in the document, by event id: where focus goes when the list moves it. */
export type EntryLinks = ReadonlyMap<string, HTMLElement>;

/**
 * The accessible list of every event, told as a story: the background before the talks folded under one heading,
 * then each round's day and the stretches between and after them. It is the timeline's full equivalent and shares
 * its selection.
 */
export const ChronologyList = memo(function ChronologyList({
  dataset,
  entries,
  selectedId,
  dimmed,
  highlight,
  empty,
  onSelect,
  onOpen,
  ref,
}: Props) {
  // One map for the list's life, filled by the cards as they mount: a registry, not state that renders anything.
  const [links] = useState(() => new Map<string, HTMLElement>());
  const registerLink = useCallback(
    (id: string, link: HTMLElement | null) => void (link ? links.set(id, link) : links.delete(id)),
    [links],
  );
  const actors = useMemo(() => actorIndex(dataset), [dataset]);
  const tracks = useMemo(() => new Map(dataset.tracks.map((t) => [t.id, t])), [dataset]);
  const rounds = useMemo(() => roundDays(dataset), [dataset]);
  const groups = useMemo(() => storyGroups(entries, rounds), [entries, rounds]);
  const background = groups[0]?.kind === 'background' ? groups[0] : null;
  const backgroundIds = useMemo(() => new Set(background?.entries.map((e) => e.event.id)), [background]);
  const inBackground = (id: string | null) => id !== null && backgroundIds.has(id);

  // The background is folded, except when the selection is in it (a link to one of its events, or the arrow keys
  // moving up into it): a selection that moves in opens it. The reader may open and close it at any time.
  const [fold, setFold] = useState(() => ({ open: inBackground(selectedId), selection: selectedId }));
  let backgroundOpen = fold.open;
  if (fold.selection !== selectedId) {
    backgroundOpen = fold.open || inBackground(selectedId);
    setFold({ open: backgroundOpen, selection: selectedId });
  }
  const setBackgroundOpen = useCallback((open: boolean) => setFold((f) => ({ ...f, open })), []);
  const folded = (id: string | null) => !backgroundOpen && inBackground(id);

  // A scan, not a map from id to place built on every filter change: building the map costs more than one scan.
  const selectedIndex = useMemo(
    () => (selectedId === null ? -1 : entries.findIndex((e) => e.event.id === selectedId)),
    [entries, selectedId],
  );
  // One entry is in the tab order: the selected one, or else the first the reader can see (the talks' first, while
  // the background is folded).
  const firstShown = backgroundOpen || !background ? groups[0] : groups[1];
  const tabStop =
    selectedIndex >= 0 && !folded(selectedId) ? selectedId : (firstShown?.entries[0]?.event.id ?? undefined);
  // Without the page's script (on the server, before hydration, or with JavaScript off) the arrow keys do nothing,
  // so every title is in the tab order; the roving tab stop starts once the list is live.
  const live = useIsLive();
  const windowed = entries.length > WINDOW_ABOVE;
  const rows = useMemo(() => (windowed ? storyRows(groups, backgroundOpen) : []), [windowed, groups, backgroundOpen]);

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
  const onKeyDown = useCallback((e: KeyboardEvent<HTMLElement>, focusedId: string) => {
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

  // An entry folded away when the page asks to focus it (the details of a background event closing after the reader
  // folded the background): unfold, and focus it once it is shown.
  const focusWhenShown = useRef<string | null>(null);
  useImperativeHandle(
    ref,
    () => ({
      focusEntry: (id) => {
        const link = links.get(id);
        if (link && !link.closest('details:not([open])')) return link.focus();
        focusWhenShown.current = id;
        setBackgroundOpen(true);
      },
    }),
    [links, setBackgroundOpen],
  );
  useEffect(() => {
    const id = focusWhenShown.current;
    if (id === null || !backgroundOpen) return;
    focusWhenShown.current = null;
    links.get(id)?.focus();
  }, [backgroundOpen, links]);

  const titleLevel = groups.some((g) => g.label) ? 4 : 3;
  function card({ event, date }: ChronologyEntry) {
    return (
      <EventCard
        event={event}
        date={date}
        actors={actors}
        dates={dataset.dates}
        track={tracks.get(event.track)}
        selected={event.id === selectedId}
        tabbable={!live || event.id === tabStop}
        level={titleLevel}
        onOpen={open}
        onKeyDown={onKeyDown}
        registerLink={registerLink}
        highlight={highlight}
        hiddenBecause={dimmed?.id === event.id ? dimmed.reasons : null}
      />
    );
  }

  const foldControl = { open: backgroundOpen, setOpen: setBackgroundOpen };
  const tabStopIndex = rows.findIndex((r) => r.kind === 'entry' && r.key === tabStop);
  const selectedRow = selectedId === null ? -1 : rows.findIndex((r) => r.kind === 'entry' && r.key === selectedId);
  return (
    <section aria-labelledby="chronology-heading">
      <h2 id="chronology-heading" className="text-lg font-semibold">
        <FormattedMessage {...messages.heading} />
      </h2>
      {entries.length > 0 && (
        <p id="chronology-hint" className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
          <FormattedMessage {...messages.hint} />
        </p>
      )}
      {empty && <div className="mt-3">{empty}</div>}
      {windowed ? (
        <Suspense fallback={<FirstRows rows={rows} card={card} fold={foldControl} />}>
          <WindowedList
            rows={rows}
            selectedId={selectedId}
            selectedIndex={selectedRow}
            tabStopIndex={tabStopIndex}
            card={card}
            fold={foldControl}
            links={links}
            takeKeyIntent={takeKeyIntent}
          />
        </Suspense>
      ) : (
        <FullList
          groups={groups}
          selectedId={selectedId}
          card={card}
          fold={foldControl}
          links={links}
          takeKeyIntent={takeKeyIntent}
        />
      )}
    </section>
  );
});

const noSubscription = () => () => {};

/** False on the server and in the render that hydrates the page, true after: whether the page's script runs. */
function useIsLive(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/** The background's fold: whether it is open, and how to open or close it. */
export interface Fold {
  open: boolean;
  setOpen: (open: boolean) => void;
}

/**
 * Brings an entry into view inside the list's own scroll box (the wide layout). Where the page itself scrolls (narrow
 * screens), only focus moved by the keys, or a link that opened the page on the event, scrolls it: a selection made
 * on the timeline never scrolls the page away from it. On arrival the entry goes near the top, with its stretch's
 * heading above it in sight; later it moves only as far as needed.
 */
function bringIntoView(item: Element, how: { follow: boolean; arriving: boolean }) {
  const box = item.closest<HTMLElement>('[data-scroll-box]');
  if (!box || box.scrollHeight <= box.clientHeight) {
    if (how.arriving) item.scrollIntoView?.({ block: 'start' });
    else if (how.follow) item.scrollIntoView?.({ block: 'nearest' });
    return;
  }
  const boxRect = box.getBoundingClientRect();
  const rect = item.getBoundingClientRect();
  if (how.arriving) box.scrollTop += rect.top - boxRect.top - 48;
  else if (rect.top < boxRect.top) box.scrollTop += rect.top - boxRect.top - 8;
  else if (rect.bottom > boxRect.bottom) box.scrollTop += rect.bottom - boxRect.bottom + 8;
}

/**
 * Lays out every entry for real, for two frames. Entries off screen are skipped by the browser (content-visibility)
 * and stand in at an estimated height; scrolled to across them, the entry would land where the estimates put it and
 * then move as the ones in view took their real heights. Laid out once, each keeps its real height as its estimate.
 */
function measureAllOnce(list: HTMLElement) {
  const items = [...list.querySelectorAll<HTMLElement>('li[data-entry]')];
  for (const item of items) item.style.contentVisibility = 'visible';
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      for (const item of items) item.style.contentVisibility = '';
    }),
  );
}

/** Asked once per new selection: whether it is the one the page opened with (the first after mounting). */
export function useSelectionArrival() {
  const arrived = useRef(false);
  return () => {
    const arriving = !arrived.current;
    arrived.current = true;
    return arriving;
  };
}

interface ListProps {
  selectedId: string | null;
  card: (entry: ChronologyEntry) => ReactNode;
  fold: Fold;
  links: EntryLinks;
  takeKeyIntent: (id: string) => boolean;
}

export interface WindowProps extends ListProps {
  rows: StoryRow[];
  /** The selected event's row, -1 when it is not there. */
  selectedIndex: number;
  /** The row in the tab order, -1 when there is none. */
  tabStopIndex: number;
}

const GROUP_HEADING = 'text-sm font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300';

/** Every entry in the page, under the heading of its stretch of the story: the list for up to WINDOW_ABOVE events. */
function FullList({ groups, selectedId, card, fold, links, takeKeyIntent }: ListProps & { groups: StoryGroup[] }) {
  const listRef = useRef<HTMLOListElement>(null);
  const arriving = useSelectionArrival();
  // A new selection, from the keys, the timeline or a link: bring it into view; move focus to it if focus is here.
  useEffect(() => {
    const list = listRef.current;
    const first = arriving();
    if (!list || selectedId === null) return;
    const follow = takeKeyIntent(selectedId) || list.contains(document.activeElement);
    const link = links.get(selectedId);
    const item = link?.closest('li');
    if (!link || !item) return;
    if (follow) link.focus({ preventScroll: true });
    if (first) measureAllOnce(list);
    bringIntoView(item, { follow, arriving: first });
    // Only a new selection moves the view; re-rendering for other reasons must leave the reader's scroll alone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);

  const entryItems = (entries: ChronologyEntry[]) =>
    entries.map((entry) => (
      <li
        key={entry.event.id}
        data-entry
        className="scroll-mt-12 [contain-intrinsic-size:auto_9rem] [content-visibility:auto]"
      >
        {card(entry)}
      </li>
    ));
  if (groups.length === 1 && groups[0]!.kind === 'all') {
    return (
      <ol
        ref={listRef}
        aria-labelledby="chronology-heading"
        aria-describedby="chronology-hint"
        className="mt-3 space-y-3"
      >
        {entryItems(groups[0]!.entries)}
      </ol>
    );
  }
  return (
    <ol
      ref={listRef}
      aria-labelledby="chronology-heading"
      aria-describedby="chronology-hint"
      className="mt-3 space-y-5"
    >
      {groups.map((group) => {
        const headingId = `chronology-${group.key}`;
        const entries = (
          <ol aria-labelledby={headingId} className="mt-2 space-y-3">
            {entryItems(group.entries)}
          </ol>
        );
        return (
          <li key={group.key}>
            {group.kind === 'background' ? (
              <details open={fold.open} onToggle={(e) => fold.setOpen(e.currentTarget.open)}>
                <summary className="cursor-pointer rounded-md border focus-visible:outline-offset-[-4px] border-slate-300 bg-slate-50 px-3 py-2 hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800">
                  <h3 id={headingId} className={`inline ${GROUP_HEADING}`}>
                    <GroupLabel group={group} /> ({group.entries.length})
                  </h3>
                  <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">
                    <FormattedMessage {...messages.beforeFirstRound} />
                  </span>
                </summary>
                {entries}
              </details>
            ) : (
              <>
                <h3 id={headingId} className={`border-b border-slate-200 pb-1 dark:border-slate-700 ${GROUP_HEADING}`}>
                  <GroupLabel group={group} />
                </h3>
                {entries}
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** One row of a long list: a stretch's heading (the background's opens and closes it), or an entry's card. */
export function RowContent({
  row,
  card,
  fold,
}: {
  row: StoryRow;
  card: (entry: ChronologyEntry) => ReactNode;
  fold: Fold;
}) {
  if (row.kind === 'entry') return card(row.entry);
  const { group } = row;
  return (
    <h3 className={`pt-2 ${GROUP_HEADING}`}>
      {group.kind === 'background' ? (
        <button
          type="button"
          aria-expanded={fold.open}
          onClick={() => fold.setOpen(!fold.open)}
          className="rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-left uppercase focus-visible:outline-offset-[-4px] hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-900 dark:hover:bg-slate-800"
        >
          <span aria-hidden="true">{fold.open ? '▾ ' : '▸ '}</span>
          <GroupLabel group={group} /> ({group.entries.length})
        </button>
      ) : (
        <GroupLabel group={group} />
      )}
    </h3>
  );
}

/**
 * The first rows of a long list as a plain list: what the server renders, what the page shows while the windowing
 * code loads, and what the windowed list itself shows until it has measured its place on the page.
 */
export function FirstRows({
  rows,
  card,
  fold,
  listRef,
}: {
  rows: StoryRow[];
  card: (entry: ChronologyEntry) => ReactNode;
  fold: Fold;
  listRef?: Ref<HTMLOListElement>;
}) {
  return (
    <ol ref={listRef} aria-labelledby="chronology-heading" aria-describedby="chronology-hint" className="mt-3">
      {rows.slice(0, FIRST_ROWS).map((row, i) => (
        <li key={row.key} aria-setsize={rows.length} aria-posinset={i + 1} className="pb-3">
          <RowContent row={row} card={card} fold={fold} />
        </li>
      ))}
    </ol>
  );
}
