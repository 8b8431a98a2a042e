import { useCallback, useEffect, useMemo, useState } from 'react';
import { chronology } from '../data/chronology';
import { formatEdtf } from '../data/edtf';
import type { Dataset } from '../data/schema';
import { ChronologyList } from '../features/chronology/ChronologyList';
import { TalliesView } from '../features/tallies/TalliesView';
import { TimelinePanel } from '../features/timeline/TimelinePanel';
import { toTimelineItems } from '../features/timeline/timeline-items';
import { roundsWindow, windowShowing } from '../features/timeline/timeline-window';
import { useMediaQuery } from '../lib/use-media-query';
import { DetailsPanel } from './DetailsPanel';
import { useSelectedEventParam, useTimeWindowParam } from './url/view-params';

/** Timeline, list and details, sharing one selection and one time window, both held in the URL. */
export function ExplorerPage({ dataset }: { dataset: Dataset }) {
  const entries = useMemo(() => chronology(dataset), [dataset]);
  const items = useMemo(() => toTimelineItems(entries), [entries]);
  const [eventParam, setEventParam] = useSelectedEventParam();
  const [windowParam, setWindowParam] = useTimeWindowParam();
  const wide = useMediaQuery('(min-width: 1024px)');
  // A shared link to an event opens its details; afterwards the reader opens and closes them.
  const [detailsOpen, setDetailsOpen] = useState(() => eventParam !== null);

  const selected = useMemo(() => entries.find((e) => e.event.id === eventParam) ?? null, [entries, eventParam]);
  const selectedId = selected?.event.id ?? null;
  const window = windowParam ?? roundsWindow(items);

  const select = useCallback(
    (id: string) => {
      void setEventParam(id);
      const item = items.find((i) => i.id === id);
      if (item && window) {
        const next = windowShowing(window, item);
        if (next !== window) void setWindowParam(next);
      }
    },
    [items, window, setEventParam, setWindowParam],
  );
  const open = useCallback(
    (id: string) => {
      select(id);
      setDetailsOpen(true);
    },
    [select],
  );
  const close = useCallback(() => {
    setDetailsOpen(false);
    if (selectedId) document.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(selectedId)}"]`)?.focus();
  }, [selectedId]);

  useEffect(() => {
    if (!detailsOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [detailsOpen, close]);

  return (
    <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_26rem] lg:items-start lg:gap-6">
      <div className="min-w-0">
        <TimelinePanel
          entries={entries}
          tracks={dataset.tracks}
          selectedId={selectedId}
          window={windowParam}
          onWindowChange={(w) => void setWindowParam(w)}
          onSelect={select}
          onOpen={open}
        />
        {detailsOpen && selected && <DetailsPanel dataset={dataset} entry={selected} asSheet={!wide} onClose={close} />}
        <div className="mt-8">
          <TalliesView dataset={dataset} selectedEventId={selectedId} onSelectEvent={open} />
        </div>
      </div>
      <div
        data-scroll-box
        className="mt-6 lg:sticky lg:top-4 lg:mt-0 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto lg:pr-1"
      >
        <ChronologyList dataset={dataset} entries={entries} selectedId={selectedId} onSelect={select} onOpen={open} />
      </div>
      <p aria-live="polite" className="sr-only">
        {selected ? `Selected: ${selected.event.title}, ${formatEdtf(selected.event.date)}` : ''}
      </p>
    </div>
  );
}
