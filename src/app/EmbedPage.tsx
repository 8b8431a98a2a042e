import { useCallback, useEffect, useId, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { Dataset } from '../data/schema';
import { ChronologyList, type ChronologyHandle } from '../features/chronology/ChronologyList';
import { EventDetails } from '../features/event-details/EventDetails';
import { TimelinePanel } from '../features/timeline/TimelinePanel';
import { useTimelineWindow } from '../features/timeline/use-timeline-window';
import { EMBED_HEIGHT_MESSAGE } from '../lib/embed';
import type { TimeWindow } from '../lib/time';
import { useStableCallback } from '../lib/use-stable-callback';
import { routePath } from './route';
import { useViewParams } from './url/view-params';
import { useFilteredView } from './use-filtered-view';

const BASE = import.meta.env.BASE_URL;

/**
 * The record framed in another site's article: its name, the timeline and the list, and an event's details in place
 * of the list when it is opened. The view lives in the embed's own address (`embed/?event=…&window=…`), so the frame
 * reopens as it was; "Open the full record" carries it to the record's own page in a new tab.
 */
export function EmbedPage({ dataset }: { dataset: Dataset }) {
  const [params, setParams] = useViewParams();
  const view = useFilteredView(dataset, params);
  const { entries, matching, selected, dimmed, listed, listedIds, highlight } = view;
  const selectedId = selected?.event.id ?? null;
  const timelineWindow = useTimelineWindow(entries, params.window, selectedId);
  const list = useRef<ChronologyHandle>(null);
  const headingId = useId();
  const root = useRef<HTMLDivElement>(null);
  useReportHeight(root);
  // The record's other pages (an article a quote comes from) may not be framed: their links open a new tab, as the
  // link to the full record does.
  useEffect(() => {
    const element = root.current;
    const onClick = (event: MouseEvent) => {
      const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (anchor instanceof HTMLAnchorElement && !anchor.target) {
        anchor.target = '_blank';
        anchor.rel = 'noopener';
      }
    };
    element?.addEventListener('click', onClick, true);
    return () => element?.removeEventListener('click', onClick, true);
  }, []);

  const setWindow = useCallback((w: TimeWindow) => void setParams({ window: w }), [setParams]);
  // A link to an event opens its details; afterwards the reader opens and closes them (null: as the link says).
  const [detailsChosen, setDetailsChosen] = useState<boolean | null>(null);
  const detailsOpen = detailsChosen ?? params.event !== null;
  const select = useStableCallback((id: string) => {
    if (detailsChosen === null) setDetailsChosen(detailsOpen);
    const next = timelineWindow.showing(id);
    void setParams({ event: id, ...(next !== timelineWindow.window && { window: next }) });
  });
  // Opening shows the event's details where the list was; closing brings the list back, focus on its entry.
  const details = useRef<HTMLElement>(null);
  const open = useStableCallback((id: string) => {
    select(id);
    flushSync(() => setDetailsChosen(true));
    details.current?.focus();
  });
  const close = useStableCallback(() => {
    // The list comes back in this very commit, so its entry can take focus at once.
    flushSync(() => setDetailsChosen(false));
    if (selectedId) list.current?.focusEntry(selectedId);
  });
  const showing = detailsOpen && selected;
  useEffect(() => {
    if (!showing) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [showing, close]);

  return (
    <div ref={root} className="flex flex-col gap-3 p-3 text-sm">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-semibold">The 2025 Istanbul talks between Russia and Ukraine</p>
        <a
          href={fullRecordHref(selectedId, params)}
          target="_blank"
          rel="noopener"
          className="font-medium text-blue-800 underline dark:text-sky-300"
        >
          Open the full record
        </a>
      </header>
      <TimelinePanel
        entries={entries}
        listedIds={listedIds}
        tracks={dataset.tracks}
        selectedId={selectedId}
        dimmedId={dimmed?.id ?? null}
        window={timelineWindow.window}
        onWindowChange={setWindow}
        onSelect={select}
        onOpen={open}
      />
      {showing ? (
        <section
          ref={details}
          tabIndex={-1}
          aria-labelledby={headingId}
          className="rounded-lg border border-slate-200 p-3 dark:border-slate-800"
        >
          <button
            type="button"
            onClick={close}
            className="mb-2 rounded-md border border-slate-300 px-2 py-0.5 dark:border-slate-600"
          >
            Back to the list
          </button>
          <EventDetails dataset={dataset} entry={selected} headingId={headingId} highlight={highlight} />
        </section>
      ) : (
        <ChronologyList
          ref={list}
          dataset={dataset}
          entries={listed}
          total={entries.length}
          matching={matching.length}
          selectedId={selectedId}
          dimmed={dimmed}
          highlight={highlight}
          empty={null}
          onSelect={select}
          onOpen={open}
        />
      )}
    </div>
  );
}

/** The record's own page for this view: the event's page with the same filters and window, or the home page. */
function fullRecordHref(eventId: string | null, params: ReturnType<typeof useViewParams>[0]): string {
  const query = new URLSearchParams();
  if (params.actors.length) query.set('actors', params.actors.join(','));
  if (params.match !== 'any') query.set('match', params.match);
  if (params.tracks) query.set('tracks', params.tracks.length ? params.tracks.join(',') : 'none');
  if (params.q) query.set('q', params.q);
  const search = query.toString();
  const path = routePath(eventId ? { page: 'event', id: eventId } : { page: 'home' }, BASE);
  return `${path}${search ? `?${search}` : ''}`;
}

/**
 * Tells the page that frames the embed how tall its content is, whenever that changes, so the optional host script
 * (public/embed.js) can size the frame to fit. The message carries a number and nothing else.
 */
function useReportHeight(root: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = root.current;
    if (window.parent === window || !element) return;
    let last = -1;
    // The content's own height, not the document's: a document is at least as tall as its frame, so measuring it
    // would let the frame only ever grow.
    const report = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
    };
    report();
    const observer = new ResizeObserver(report);
    observer.observe(element);
    return () => observer.disconnect();
  }, [root]);
}
