import { memo, useId, useMemo, useState } from 'react';
import type { Dataset, TimelineEvent } from '../../data/schema';
import { calendarCounts, calendarSummary, eventsCalendar } from './calendar';
import { downloadText, exportFileName } from './download';
import { eventsCsv, eventsJson } from './event-records';
import { currentSiteUrl } from '../../lib/permalinks';
import { talliesCsv, talliesForEvents } from './tally-records';

interface Props {
  dataset: Dataset;
  /** The events on screen, already filtered, in the order shown. */
  events: readonly TimelineEvent[];
  /** Where permalinks point; the running app's own address unless given. */
  siteUrl?: string;
}

const CSV = 'text/csv;charset=utf-8';

/**
 * Downloads of what is on screen: the events as CSV and JSON, their figures as CSV, and a calendar of exact dates.
 * Memoised: its counts go through every event shown, and only the filters change them.
 */
export const ExportMenu = memo(function ExportMenu({ dataset, events, siteUrl }: Props) {
  const headingId = useId();
  const talliesNoteId = useId();
  const calendarNoteId = useId();
  const [message, setMessage] = useState('');
  const tallies = useMemo(() => talliesForEvents(dataset, events), [dataset, events]);
  const calendarNote = useMemo(() => calendarSummary(calendarCounts(events, dataset.dates)), [events, dataset.dates]);

  function save(what: string, extension: string, type: string, make: (site: string, now: Date) => string) {
    const now = new Date();
    const name = exportFileName(what, extension, now);
    downloadText(name, make(siteUrl ?? currentSiteUrl(), now), type);
    setMessage(`Downloading ${name}.`);
  }

  const button =
    'rounded-md border border-slate-400 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800';
  return (
    <section aria-labelledby={headingId} className="print:hidden">
      <h2 id={headingId} className="text-lg font-semibold">
        Download what is shown
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
        {events.length} {events.length === 1 ? 'event' : 'events'} as filtered on screen, each with its quotes and a
        permanent link.
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          className={button}
          onClick={() => save('events', 'csv', CSV, (s) => eventsCsv(dataset, events, s))}
        >
          Download CSV
        </button>
        <button
          type="button"
          className={button}
          onClick={() => save('events', 'json', 'application/json', (s, now) => eventsJson(dataset, events, s, now))}
        >
          Download JSON
        </button>
        <button
          type="button"
          className={button}
          aria-describedby={talliesNoteId}
          onClick={() => save('tallies', 'csv', CSV, () => talliesCsv(dataset, tallies))}
        >
          Download tallies CSV
        </button>
        <button
          type="button"
          className={button}
          aria-describedby={calendarNoteId}
          onClick={() =>
            save(
              'events',
              'ics',
              'text/calendar;charset=utf-8',
              (s, now) => eventsCalendar(dataset, events, { siteUrl: s, now }).ics,
            )
          }
        >
          Download calendar (.ics)
        </button>
      </div>
      <p id={talliesNoteId} className="mt-2 text-sm text-slate-600 dark:text-slate-300">
        Tallies: {tallies.length} {tallies.length === 1 ? 'figure' : 'figures'} reported for these events.
      </p>
      <p id={calendarNoteId} className="mt-1 text-sm text-slate-600 dark:text-slate-300">
        Calendar: {calendarNote}
      </p>
      <p role="status" className="mt-1 text-sm">
        {message}
      </p>
    </section>
  );
});
