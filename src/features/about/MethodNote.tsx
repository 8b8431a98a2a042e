import type { Dataset } from '../../data/schema';

interface Props {
  dataset: Dataset;
  /** Where readers report an error (a web address or a mailto: link); the build's VITE_REPORT_URL. */
  reportUrl?: string;
}

/** "How this record is made": where its facts come from, the rules they keep, and how to report an error. */
export function MethodNote({ dataset, reportUrl }: Props) {
  const documents = new Set(dataset.sources.map((s) => s.file)).size;
  const articles = dataset.sources.length;
  const quotes =
    dataset.events.reduce((n, e) => n + e.citations.length, 0) +
    dataset.tallies.reduce((n, t) => n + t.citations.length, 0);
  return (
    <section id="method" aria-labelledby="method-heading" className="mx-auto mt-12 max-w-3xl scroll-mt-4 text-sm">
      <h2 id="method-heading" className="text-lg font-semibold">
        How this record is made
      </h2>
      <ul className="mt-3 list-disc space-y-2 pl-5 text-slate-800 dark:text-slate-200">
        <li>
          <strong>Sources.</strong> Every fact comes from {articles} news articles on {documents} captured web pages,
          each named with its publisher, headline and date wherever it is cited. A page that repeats another
          outlet&apos;s report is shown as that report, not as a second source; an opinion column is marked as one.
        </li>
        <li>
          <strong>Quotes.</strong> Each event, figure and role cites the words of its source, copied exactly ({quotes}{' '}
          quotes for events and figures). The record is rebuilt only when every quote is found, word for word, in its
          article. Summaries and titles are the record&apos;s own words; the quotes are the evidence.
        </li>
        <li>
          <strong>Silences.</strong> Where the sources say nothing (a figure, a length, a name), the record says
          &ldquo;not reported in the sources&rdquo; instead of filling the gap.
        </li>
        <li>
          <strong>Disagreements.</strong> Where sources disagree ({dataset.conflicts.length} times), each claim is kept
          with its quotes, and the record says which one it shows and why.
        </li>
        <li>
          <strong>Dates.</strong> A date worked out from words such as &ldquo;on Wednesday&rdquo; is marked &ldquo;date
          inferred&rdquo;, with how it was worked out; times are local wall-clock times, since no source gives a time
          zone.
        </li>
      </ul>
      <p className="mt-4">
        <strong>Found an error?</strong>{' '}
        {reportUrl ? (
          <>
            <a href={reportUrl} className="font-medium text-blue-800 underline dark:text-sky-300">
              Report it to the editors
            </a>
            , with the link to the event and what is wrong.
          </>
        ) : (
          <>Tell the editors who publish this record, with the link to the event and what is wrong.</>
        )}
      </p>
    </section>
  );
}
