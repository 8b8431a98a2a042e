import { useEffect, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { actorIndex, type ChronologyEntry } from '../../data/chronology';
import type { Dataset } from '../../data/schema';
import { nextEventId } from '../../lib/event-navigation';
import { EventCard } from './EventCard';

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
  const listRef = useRef<HTMLOListElement>(null);
  const rounds = entries.filter((e) => e.event.round !== undefined).length;
  // One entry is in the tab order: the selected one, or the first.
  const tabStop = selectedId !== null && order.includes(selectedId) ? selectedId : order[0];

  useEffect(() => {
    const list = listRef.current;
    if (!list || selectedId === null) return;
    const button = list.querySelector<HTMLButtonElement>(`[data-event-id="${CSS.escape(selectedId)}"]`);
    if (!button) return;
    if (list.contains(document.activeElement)) button.focus({ preventScroll: true });
    scrollWithinList(list, button.closest('li'));
  }, [selectedId]);

  // Steps from the entry that has focus, which differs from the selection when nothing is selected yet.
  function onKeyDown(e: KeyboardEvent<HTMLButtonElement>, focusedId: string) {
    const next = nextEventId(order, focusedId, e.key);
    if (next === undefined) return;
    e.preventDefault();
    onSelect(next);
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
      <ol ref={listRef} aria-labelledby="chronology-heading" className="mt-3 space-y-3">
        {entries.map(({ event, date }) => (
          <li key={event.id} className="scroll-mt-2">
            <EventCard
              event={event}
              date={date}
              actors={actors}
              dates={dataset.dates}
              track={tracks.get(event.track)}
              selected={event.id === selectedId}
              tabbable={event.id === tabStop}
              onOpen={onOpen}
              onKeyDown={onKeyDown}
              highlight={highlight}
              hiddenBecause={dimmed?.id === event.id ? dimmed.reasons : null}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Brings an entry into view inside the list's own scroll box, never scrolling the page under the reader. */
function scrollWithinList(list: HTMLElement, item: Element | null) {
  const box = list.closest<HTMLElement>('[data-scroll-box]');
  if (!box || !item || box.scrollHeight <= box.clientHeight) return;
  const boxRect = box.getBoundingClientRect();
  const rect = item.getBoundingClientRect();
  if (rect.top < boxRect.top) box.scrollTop += rect.top - boxRect.top - 8;
  else if (rect.bottom > boxRect.bottom) box.scrollTop += rect.bottom - boxRect.bottom + 8;
}
