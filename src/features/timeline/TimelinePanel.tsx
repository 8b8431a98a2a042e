import { CONTROL_BUTTON } from '../../components/control-styles';
import { FormattedMessage, useIntl } from 'react-intl';
import { keyMessages, messages } from './messages';
import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ChronologyEntry } from '../../data/chronology';
import type { Track } from '../../data/schema';
import { nextEventId } from '../../lib/event-navigation';
import type { TimelineCanvasProps } from './TimelineCanvas';
import { TimelineErrorBoundary } from './TimelineErrorBoundary';
import { TimelineKey } from './TimelineKey';
import { toTimelineGroups, toTimelineItems, type TimelineGroupSpec, type TimelineItemSpec } from './timeline-items';
import { isClusterId, isEarlierBox, itemsToDraw, STRETCHES_IN_VIEW } from './timeline-density';
import type { TimeWindow } from '../../lib/time';
import {
  dayWindow,
  fitAll,
  fitLabels,
  limitsFor,
  stretchWindow,
  talksPeriod,
  talksStart,
  zoom,
} from './timeline-window';
import { atZoom, isBundleId, viewFor } from './timeline-zoom';
import { useScreen } from './use-screen';
import { useTimelineCanvas } from './use-timeline-canvas';
import { openingOf } from './use-timeline-window';

interface Props {
  /** Every event: zoom limits and the round buttons stay the same whatever the filters. */
  entries: ChronologyEntry[];
  /** The events to draw: those the filters let through, plus a linked one they hide. */
  listedIds: ReadonlySet<string>;
  tracks: Track[];
  selectedId: string | null;
  /** An event shown only because a link points to it; drawn faded. */
  dimmedId: string | null;
  /** The window shown (useTimelineWindow). */
  window: TimeWindow;
  onWindowChange: (window: TimeWindow) => void;
  /** Called once, when the timeline has drawn its first items. */
  onFirstDraw?: () => void;
  /** Moves the selection (arrow keys). */
  onSelect: (id: string) => void;
  /** Selects and opens the details (click, tap, Enter). */
  onOpen: (id: string) => void;
}

/**
 * On a narrow screen a column of row names would take a third of the width: each row carries its name as its first
 * line instead, a bar across all of time whose label vis-timeline keeps at the view's left edge.
 */
function captions(groups: readonly TimelineGroupSpec[], from: number, to: number): TimelineItemSpec[] {
  return groups.map((group) => ({
    id: `caption:${group.id}`,
    group: group.id,
    shape: 'range',
    start: from,
    end: to,
    label: group.shortLabel,
    tooltip: [],
    certainty: 'exact',
    isRound: false,
    className: 'tl-caption label-inside',
  }));
}

/** Memoised: a keystroke in the search box re-renders the page before the filtered events follow. */
export const TimelinePanel = memo(function TimelinePanel({
  entries,
  listedIds,
  tracks,
  selectedId,
  dimmedId,
  window,
  onWindowChange,
  onSelect,
  onOpen,
  onFirstDraw,
}: Props) {
  const intl = useIntl();
  const screen = useScreen();
  // The box's width, measured: what fits depends on it, and the page may give the timeline any width.
  const box = useRef<HTMLDivElement>(null);
  const [boxPx, setBoxPx] = useState<number | null>(null);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => entry && setBoxPx(Math.round(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const view = useMemo(() => viewFor(screen, boxPx), [screen, boxPx]);
  const allItems = useMemo(() => toTimelineItems(entries, dimmedId), [entries, dimmedId]);
  const items = useMemo(() => allItems.filter((i) => listedIds.has(i.id)), [allItems, listedIds]);
  const groups = useMemo(() => toTimelineGroups(tracks), [tracks]);
  const limits = useMemo(() => limitsFor(allItems), [allItems]);
  const order = useMemo(() => items.map((i) => i.id), [items]);
  const rounds = useMemo(() => allItems.filter((i) => i.isRound).sort((a, b) => a.start - b.start), [allItems]);
  const talksFrom = useMemo(() => talksStart(allItems), [allItems]);
  // The year the record's background reaches back to, when it starts before the talks.
  const backgroundYear = useMemo(() => {
    const first = allItems.reduce((min, i) => Math.min(min, i.start), Infinity);
    return talksFrom !== null && first < talksFrom ? new Date(first).getUTCFullYear() : null;
  }, [allItems, talksFrom]);
  // The opening view leaves room for the labels of its last events, as many pixels as this box gives them.
  const opening = window === openingOf(entries);
  const shown = useMemo(
    () => (opening ? fitLabels(window, allItems, view) : window),
    [opening, window, allItems, view],
  );
  const { start, end } = shown;
  const span = end - start;
  // Counted stretches stay about 50 px wide whatever the screen.
  const stretches = STRETCHES_IN_VIEW[screen === 'wider' ? 'wide' : screen];
  const keep = useMemo(() => new Set([selectedId, dimmedId].filter((id) => id !== null)), [selectedId, dimmedId]);
  const counted = useMemo(
    () => itemsToDraw(items, { start, end }, keep, { stretches }),
    [items, start, end, keep, stretches],
  );
  const labelsInRows = screen === 'narrow';
  const drawn = useMemo(() => {
    const zoomed = atZoom(counted, span, keep, view);
    return labelsInRows ? [...captions(groups, limits.min, limits.max), ...zoomed] : zoomed;
  }, [counted, span, keep, view, labelsInRows, groups, limits]);
  const counting = drawn.some((item) => isClusterId(item.id));
  const countingEarlier = drawn.some((item) => isEarlierBox(item.id));

  /** A click on an event opens it; on a count of a row's events, zooms to the stretch they are in. */
  function onPick(id: string) {
    const stretch = drawn.find((item) => item.id === id)?.zoomTo;
    if (!stretch) return onOpen(id);
    if (isBundleId(id)) return onWindowChange(stretchWindow(stretch, allItems, view));
    const margin = (stretch.end - stretch.start) * 0.05;
    onWindowChange({ start: stretch.start - margin, end: stretch.end + margin });
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key === 'Enter' && selectedId) {
      e.preventDefault();
      onOpen(selectedId);
      return;
    }
    const next = nextEventId(order, selectedId, e.key);
    if (next === undefined) return;
    e.preventDefault();
    onSelect(next);
  }

  const button = CONTROL_BUTTON;
  const fitTo = (items: readonly TimelineItemSpec[]) => (items.length > 0 ? items : allItems);
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="sr-only">
        <FormattedMessage {...messages.heading} />
      </h2>
      <div role="group" aria-label={intl.formatMessage(messages.controls)} className="mb-2 flex flex-wrap gap-1.5">
        <button type="button" className={button} onClick={() => onWindowChange(zoom(shown, 0.5, limits))}>
          <FormattedMessage {...messages.zoomIn} />
        </button>
        <button type="button" className={button} onClick={() => onWindowChange(zoom(shown, 2, limits))}>
          <FormattedMessage {...messages.zoomOut} />
        </button>
        <button
          type="button"
          className={button}
          onClick={() => onWindowChange(talksPeriod(fitTo(items), talksFrom, view))}
          title={talksFrom === null ? undefined : intl.formatMessage(messages.talksPeriodTitle)}
        >
          <FormattedMessage {...(talksFrom === null ? messages.allEvents : messages.talksPeriod)} />
        </button>
        {backgroundYear !== null && (
          <button
            type="button"
            className={button}
            onClick={() => onWindowChange(fitAll(fitTo(items), view))}
            title={intl.formatMessage(messages.fromYearTitle)}
          >
            <FormattedMessage {...messages.fromYear} values={{ year: backgroundYear }} />
          </button>
        )}
        {rounds.map((round) => {
          const label = intl.formatMessage(messages.round, {
            round: round.label.replace(/^Round /, ''),
            day: intl.formatDate(round.start, { day: 'numeric', month: 'long' }),
          });
          return (
            <button
              key={round.id}
              type="button"
              className={`${button} border-blue-300 text-blue-900 dark:border-blue-700 dark:text-blue-100`}
              onClick={() => onWindowChange(dayWindow(round.start, allItems, view))}
              // Other round buttons select a round; these only move the view, to the round's whole day.
              aria-label={intl.formatMessage(messages.zoomTo, { label })}
            >
              {label}
            </button>
          );
        })}
      </div>
      {/* A custom widget with its own keys (role application); the list is its full equivalent for screen readers.
          vis-timeline itself offers no keyboard access, so this focusable box is its keyboard interface. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        ref={box}
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
        role="application"
        aria-label="Timeline of events"
        aria-describedby="timeline-keys"
        onKeyDown={onKeyDown}
        className="h-[450px] rounded-md border border-slate-200 [contain:strict] sm:h-[380px] dark:border-slate-800"
      >
        <TimelineErrorBoundary>
          <LoadedTimeline
            items={drawn}
            groups={groups}
            selectedId={selectedId}
            window={shown}
            limits={limits}
            onSelect={onPick}
            onWindowChange={onWindowChange}
            onFirstDraw={onFirstDraw}
            labelsInRows={labelsInRows}
          />
        </TimelineErrorBoundary>
      </div>
      <TimelineKey groups={groups} counting={counting} countingEarlier={countingEarlier} />
      <p id="timeline-keys" className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        <FormattedMessage {...keyMessages.hint} />
        {counting && <> {intl.formatMessage(keyMessages.hintCounting)}</>}
        {countingEarlier && <> {intl.formatMessage(keyMessages.hintEarlier)}</>}
      </p>
    </section>
  );
});

/** The timeline once its code has loaded; until then a placeholder that keeps its space, so nothing jumps. */
function LoadedTimeline(props: TimelineCanvasProps) {
  const TimelineCanvas = useTimelineCanvas();
  // The same function on every render: loaded once per page and kept by the hook's module, not created here.
  // eslint-disable-next-line react-hooks/static-components
  return TimelineCanvas ? <TimelineCanvas {...props} /> : <TimelinePlaceholder />;
}

function TimelinePlaceholder() {
  return (
    <div
      role="status"
      className="flex h-full items-center justify-center p-4 text-sm text-slate-600 dark:text-slate-400"
    >
      {/* A prerendered page read without JavaScript (scripting: none) says why the box stays empty. */}
      <span className="[@media(scripting:none)]:hidden">Loading the timeline…</span>
      <span className="hidden text-center [@media(scripting:none)]:inline">
        The timeline needs JavaScript. The chronology below has every event it would show.
      </span>
    </div>
  );
}
