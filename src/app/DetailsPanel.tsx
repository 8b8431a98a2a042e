import { useEffect, useRef } from 'react';
import type { ChronologyEntry } from '../data/chronology';
import type { Dataset } from '../data/schema';
import { EventDetails } from '../features/event-details/EventDetails';
import { ShareButton } from '../features/share/ShareButton';
import { eventPermalink } from '../features/export/links';
import { currentSiteUrl } from '../features/export/site-url';

interface Props {
  dataset: Dataset;
  entry: ChronologyEntry;
  /** On narrow screens the details are a sheet over the page and take focus; on wide ones a panel beside it. */
  asSheet: boolean;
  /** Why the filters hide this event, when a link selected it anyway. */
  hiddenBecause: string[] | null;
  highlight: string[];
  onClose: () => void;
}

/** Holds the details of the selected event: a panel on wide screens, a bottom sheet on narrow ones. */
export function DetailsPanel({ dataset, entry, asSheet, hiddenBecause, highlight, onClose }: Props) {
  const headingId = 'details-heading';
  const rootRef = useRef<HTMLElement>(null);

  // The sheet covers the page, so it takes focus when it opens; later selections change its content, not focus.
  useEffect(() => {
    if (asSheet) rootRef.current?.querySelector<HTMLElement>(`#${headingId}`)?.focus();
  }, [asSheet]);

  return (
    <aside
      ref={rootRef}
      aria-labelledby={headingId}
      role={asSheet ? 'dialog' : undefined}
      className={
        asSheet
          ? 'fixed inset-x-0 bottom-0 z-20 max-h-[60vh] overflow-y-auto rounded-t-2xl border-t border-slate-300 bg-white p-4 shadow-2xl dark:border-slate-700 dark:bg-slate-900'
          : 'relative mt-4 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900'
      }
    >
      <button
        type="button"
        onClick={onClose}
        className="absolute top-3 right-3 rounded-md border border-slate-300 px-2 py-0.5 text-sm dark:border-slate-600"
      >
        Close <span className="sr-only">details</span>
      </button>
      {hiddenBecause && (
        <p className="mb-2 mr-20 rounded border border-slate-300 bg-slate-50 p-2 text-sm dark:border-slate-600 dark:bg-slate-800">
          The current filters hide this event; it is shown dimmed because the link points to it:{' '}
          {hiddenBecause.join('; ')}.
        </p>
      )}
      <EventDetails dataset={dataset} entry={entry} headingId={headingId} highlight={highlight} />
      <p className="mt-4">
        <ShareButton
          getUrl={() => eventPermalink(currentSiteUrl(), entry.event.id)}
          title={entry.event.title}
          label="Copy link to this event"
        />
      </p>
    </aside>
  );
}
