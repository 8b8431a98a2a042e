import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { ChronologyEntry } from '../data/chronology';
import type { Dataset } from '../data/schema';
import { EventDetails } from '../features/event-details/EventDetails';
import { ShareButton } from '../features/share/ShareButton';
import { currentSiteUrl, eventPermalink } from '../lib/permalinks';

interface Props {
  dataset: Dataset;
  entry: ChronologyEntry;
  /**
   * Changes each time the reader opens an event (a click or Enter in the list, the timeline or the tallies): the
   * details then take focus, at their heading. Zero, as when a link opened the page, moves no focus.
   */
  focusRequest?: number;
  /** Why the filters hide this event, when a link selected it anyway. */
  hiddenBecause: string[] | null;
  highlight: string[];
  onClose: () => void;
}

/** Tailwind's `lg` breakpoint, where the details stop being a sheet and sit beside the list. */
const WIDE = '(min-width: 1024px)';

/**
 * Whether the details are shown as a sheet over the page. Only for what CSS cannot say (the dialog role and taking
 * focus when it appears): the layout itself is in CSS. On the server and while the page hydrates the answer is no,
 * so the markup is the same on both; it becomes yes right after, on a narrow screen.
 */
function useIsSheet(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(WIDE);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => !window.matchMedia(WIDE).matches,
    () => false,
  );
}

// Narrow screens: a sheet fixed to the bottom, with a clear top edge, a bar that keeps Close in sight, and its own
// scroll. Wide screens (lg): a panel in the page's flow. Without JavaScript the sheet could not be closed, so the
// details are shown in the flow there too, without Close.
const FRAME = [
  'fixed inset-x-0 bottom-0 z-30 flex max-h-[70dvh] flex-col',
  'rounded-t-2xl border-t-2 border-slate-400 bg-white shadow-[0_-8px_30px_rgba(15,23,42,0.35)]',
  'dark:border-slate-500 dark:bg-slate-900 dark:shadow-[0_-8px_30px_rgba(0,0,0,0.7)]',
  'lg:relative lg:z-auto lg:mt-4 lg:max-h-none lg:rounded-lg lg:border lg:border-slate-200 lg:shadow-none',
  'lg:dark:border-slate-800 lg:dark:shadow-none',
  '[@media(scripting:none)]:relative [@media(scripting:none)]:mt-4 [@media(scripting:none)]:max-h-none',
  '[@media(scripting:none)]:rounded-lg [@media(scripting:none)]:border [@media(scripting:none)]:shadow-none',
].join(' ');

const BAR = [
  'relative flex shrink-0 items-center justify-end rounded-t-2xl border-b border-slate-200 px-4 pt-3 pb-2',
  'dark:border-slate-700',
  'lg:absolute lg:top-3 lg:right-3 lg:z-10 lg:border-0 lg:p-0',
  '[@media(scripting:none)]:hidden',
].join(' ');

/** Holds the details of the selected event: a bottom sheet on narrow screens, a panel beside the list on wide ones. */
export function DetailsPanel({ dataset, entry, focusRequest = 0, hiddenBecause, highlight, onClose }: Props) {
  const headingId = 'details-heading';
  const rootRef = useRef<HTMLElement>(null);
  const sheet = useIsSheet();

  // The sheet covers the page, so it takes focus when it appears; and the details take focus whenever the reader
  // opens an event. Arrow keys in the list change what the details show without moving focus here.
  useEffect(() => {
    if (sheet || focusRequest > 0) rootRef.current?.querySelector<HTMLElement>(`#${headingId}`)?.focus();
  }, [sheet, focusRequest]);

  return (
    <section ref={rootRef} aria-labelledby={headingId} role={sheet ? 'dialog' : 'complementary'} className={FRAME}>
      <div className={BAR}>
        <span
          aria-hidden="true"
          className="absolute top-1.5 left-1/2 h-1.5 w-10 -translate-x-1/2 rounded-full bg-slate-300 lg:hidden dark:bg-slate-600"
        />
        <button
          type="button"
          onClick={onClose}
          className="rounded-md border border-slate-400 bg-white px-3 py-1 text-sm font-medium dark:border-slate-500 dark:bg-slate-800"
        >
          Close <span className="sr-only">details</span>
        </button>
      </div>
      <div className="overflow-y-auto overscroll-contain p-4 pt-3 lg:overflow-visible lg:pt-4 [@media(scripting:none)]:overflow-visible">
        {hiddenBecause && (
          <p className="mb-3 rounded border border-slate-300 bg-slate-50 p-2 text-sm lg:mr-20 dark:border-slate-600 dark:bg-slate-800">
            The current filters hide this event; it is shown dimmed because the link points to it:{' '}
            {hiddenBecause.join('; ')}.
          </p>
        )}
        <div className="lg:pr-20">
          <EventDetails dataset={dataset} entry={entry} headingId={headingId} highlight={highlight} />
        </div>
        <p className="mt-5 [@media(scripting:none)]:hidden">
          <ShareButton
            getUrl={() => eventPermalink(currentSiteUrl(), entry.event.id)}
            title={entry.event.title}
            label="Copy link to this event"
          />
        </p>
      </div>
    </section>
  );
}
