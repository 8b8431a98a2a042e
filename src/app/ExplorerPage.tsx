import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { formatDate } from '../data/edtf';
import { sourceIndex } from '../data/source-index';
import type { Dataset } from '../data/schema';
import { ChronologyList, type ChronologyHandle } from '../features/chronology/ChronologyList';
import { MethodNote } from '../features/about/MethodNote';
import { EmptyResult } from '../features/filters/EmptyResult';
import { FilterPanel } from '../features/filters/FilterPanel';
import { whatEmptied, without, type FilterName, type FilterState } from '../features/filters/filter-model';
import { CiteButton } from '../features/export/CiteButton';
import { ExportMenu } from '../features/export/ExportMenu';
import { PrintDocument } from '../features/print/PrintDocument';
import { WhilePrinting } from '../features/print/WhilePrinting';
import { EmbedButton } from '../features/share/EmbedButton';
import { ShareButton } from '../features/share/ShareButton';
import { RoundsAtAGlance } from '../features/lead/RoundsAtAGlance';
import { TalliesView } from '../features/tallies/TalliesView';
import { TimelinePanel } from '../features/timeline/TimelinePanel';
import { useTimelineWindow } from '../features/timeline/use-timeline-window';
import type { TimeWindow } from '../lib/time';
import { useStableCallback } from '../lib/use-stable-callback';
import { DetailsPanel } from './DetailsPanel';
import { LinkNotice } from './LinkNotice';
import { navigate, useRoute } from './route';
import { auditLink } from './url/audit-link';
import { useViewParams, viewUrl } from './url/view-params';
import { useFilteredView } from './use-filtered-view';

// The exports and the tallies (thousands of pixels of tables for a large record) are laid out and painted on their
// own (`contain: content`), so a redraw of the timeline above them does not repaint them. Paint containment clips
// what is drawn outside the box, so 0.5rem of padding, taken back by the margins, keeps the focus rings at its edges
// whole.
const BELOW_TIMELINE = 'mt-6 -mx-2 -mb-2 p-2 [contain:content]';

const RECORD_TITLE = 'The 2025 Istanbul talks between Russia and Ukraine: a sourced record';

/** Filters, timeline, list, details and tallies, sharing one selection, one filter and one time window, all in the URL. */
export function ExplorerPage({ dataset, onTimelineDrawn }: { dataset: Dataset; onTimelineDrawn?: () => void }) {
  const sources = useMemo(() => sourceIndex(dataset), [dataset]);
  const [params, setParams] = useViewParams();
  const route = useRoute();
  // An event's page (`e/<id>/`) selects it; an older link's `?event=` does too, until it is moved to its path.
  const selectedParam = route.page === 'event' ? route.id : params.event;
  // A link to an event opens its details (its page, or an older link's `?event=`); afterwards the reader opens and
  // closes them (null: as the link says).
  const [detailsChosen, setDetailsChosen] = useState<boolean | null>(null);
  // Counts the reader's openings (click or Enter): each moves focus into the details.
  const [focusRequest, setFocusRequest] = useState(0);
  const detailsOpen = detailsChosen ?? (route.page === 'event' || params.event !== null);
  // What the link that opened the page carried but could not be used, read from the address it arrived with. The
  // prerendered page knows no query: it is read in the browser, after hydration.
  const arrival = useArrivalSearch();
  const ignored = useMemo(
    () =>
      auditLink(arrival, {
        events: new Set(dataset.events.map((e) => e.id)),
        actors: new Set(dataset.actors.map((a) => a.id)),
        tracks: new Set(dataset.tracks.map((t) => t.id)),
      }),
    [arrival, dataset],
  );

  const view = useFilteredView(dataset, { ...params, event: selectedParam });
  const { entries, ctx, filters, matching, selected, dimmed, listed, listedIds, listedEvents, highlight } = view;
  const selectedId = selected?.event.id ?? null;
  const timelineWindow = useTimelineWindow(entries, params.window, selectedId);
  const list = useRef<ChronologyHandle>(null);
  // The link to what is on screen, from the view itself, read when it is asked for: the address bar catches up a
  // moment later (view-params.ts).
  const getLink = useStableCallback(() => viewUrl(params));
  // The embed keeps its view in its own address, selection included (embed/?event=…).
  const site = () => `${window.location.origin}${import.meta.env.BASE_URL}`;
  const getEmbedUrl = useStableCallback(() => viewUrl({ ...params, event: selectedId }, `${site()}embed/`));
  const getEmbedScriptUrl = useStableCallback(() => `${site()}embed.js`);

  // An older link's `?event=` becomes the event's own path, in place (no reload, no new history step).
  useEffect(() => {
    if (route.page !== 'home' || !params.event || !dataset.events.some((e) => e.id === params.event)) return;
    const search = new URLSearchParams(window.location.search);
    search.delete('event');
    const query = search.toString();
    navigate({ page: 'event', id: params.event }, { replace: true, search: query ? `?${query}` : '' });
    void setParams({ event: null });
  }, [route.page, params.event, dataset, setParams]);

  const setFilters = useCallback(
    (next: Partial<FilterState>) =>
      void setParams({
        ...(next.actors !== undefined && { actors: next.actors }),
        ...(next.match !== undefined && { match: next.match }),
        ...(next.tracks !== undefined && { tracks: next.tracks }),
        ...(next.query !== undefined && { q: next.query }),
      }),
    [setParams],
  );
  const setWindow = useCallback((w: TimeWindow) => void setParams({ window: w }), [setParams]);
  const clearFilters = useCallback(
    () => void setParams({ actors: null, match: null, tracks: null, q: null }),
    [setParams],
  );
  const undo = useCallback((name: FilterName) => setFilters(without(filters, name)), [filters, setFilters]);

  // Selecting reads the view at the time of the click, not of the render: the handlers stay the same functions
  // across zoom steps and pans, so the tallies and the list (memoised) are not re-rendered by them.
  const select = useStableCallback((id: string) => {
    // From the first selection on, the details stay as they are (open or closed) until the reader changes them.
    if (detailsChosen === null) setDetailsChosen(detailsOpen);
    const next = timelineWindow.showing(id);
    if (next !== timelineWindow.window || params.event) void setParams({ event: null, window: next });
    if (route.page !== 'event' || route.id !== id) navigate({ page: 'event', id });
  });
  const open = useCallback(
    (id: string) => {
      select(id);
      setDetailsChosen(true);
      setFocusRequest((n) => n + 1);
    },
    [select],
  );
  const close = useCallback(() => {
    setDetailsChosen(false);
    if (selectedId) list.current?.focusEntry(selectedId);
  }, [selectedId]);

  useEffect(() => {
    if (!detailsOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [detailsOpen, close]);

  const remedies = matching.length === 0 ? whatEmptied(entries, filters, ctx) : [];
  const empty = matching.length === 0 && (
    <EmptyResult dataset={dataset} state={filters} remedies={remedies} onUndo={undo} onClear={clearFilters} />
  );

  return (
    <>
      <LinkNotice ignored={ignored} />
      {dataset.updated && (
        <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
          Record last updated {formatDay(dataset.updated)} ·{' '}
          <a href="#method" className="underline hover:text-slate-900 dark:hover:text-slate-100">
            How this record is made
          </a>
        </p>
      )}
      <RoundsAtAGlance dataset={dataset} onOpenRound={open} selectedEventId={selectedId} />
      <div className="mt-6 mb-3 flex flex-wrap items-start gap-2">
        <FilterPanel
          dataset={dataset}
          state={{ ...filters, query: params.q }}
          shown={matching.length}
          total={entries.length}
          onChange={setFilters}
          onClear={clearFilters}
        />
        {/* Positioned, and the full width on narrow screens: there the citation panel opens across this bar. */}
        <div className="relative flex flex-wrap items-start gap-2 max-sm:w-full">
          <ShareButton getUrl={getLink} title={RECORD_TITLE} />
          <EmbedButton getEmbedUrl={getEmbedUrl} getScriptUrl={getEmbedScriptUrl} title={RECORD_TITLE} />
          <CiteButton
            title={RECORD_TITLE}
            filtersInWords={view.inWords}
            getUrl={getLink}
            event={selected?.event ?? null}
            sources={sources}
          />
        </div>
      </div>
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
        onFirstDraw={onTimelineDrawn}
      />
      <div className="mt-8 lg:grid lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)] lg:items-start lg:gap-8">
        <div id="chronology" tabIndex={-1} className="scroll-mt-4 focus:outline-none">
          <ChronologyList
            ref={list}
            dataset={dataset}
            entries={listed}
            total={entries.length}
            matching={matching.length}
            selectedId={selectedId}
            dimmed={dimmed}
            highlight={highlight}
            empty={empty}
            onSelect={select}
            onOpen={open}
          />
        </div>
        <div className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
          {detailsOpen && selected ? (
            <DetailsPanel
              dataset={dataset}
              entry={selected}
              focusRequest={focusRequest}
              hiddenBecause={dimmed?.reasons ?? null}
              highlight={highlight}
              onClose={close}
            />
          ) : (
            <p className="hidden rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-600 lg:block dark:border-slate-700 dark:text-slate-400">
              Select an event in the list or on the timeline to read it here, with every quote it rests on.
            </p>
          )}
        </div>
      </div>
      <div className={BELOW_TIMELINE}>
        <TalliesView
          dataset={dataset}
          selectedEventId={selectedId}
          onSelectEvent={open}
          visibleEventIds={view.narrowedTo}
          onShowHidden={clearFilters}
        />
      </div>
      <div className={BELOW_TIMELINE}>
        <ExportMenu dataset={dataset} events={listedEvents} />
      </div>
      <MethodNote dataset={dataset} reportUrl={import.meta.env.VITE_REPORT_URL || undefined} />
      <WhilePrinting>
        <PrintDocument
          dataset={dataset}
          title={RECORD_TITLE}
          events={listedEvents}
          filtersInWords={view.inWords}
          visibleEventIds={view.narrowedTo}
          getUrl={getLink}
        />
      </WhilePrinting>
      <p aria-live="polite" className="sr-only">
        {selected ? `Selected: ${selected.event.title}, ${formatDate(selected.date)}` : ''}
      </p>
    </>
  );
}

const dayWords = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** "7 December 2026" for a day written 2026-12-07. */
const formatDay = (day: string) => dayWords.format(Date.parse(`${day}T00:00:00Z`));

const never = () => () => {};

/** The query the page was loaded with (not the one the view writes later); '' while a prerendered page hydrates. */
function useArrivalSearch(): string {
  const [arrived] = useState(() => (typeof window === 'undefined' ? '' : window.location.search));
  return useSyncExternalStore(
    never,
    () => arrived,
    () => '',
  );
}
