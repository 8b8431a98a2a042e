import type { QueryClient } from '@tanstack/react-query';
import { memo, useCallback, useEffect, useState } from 'react';
import type { Dataset } from '../data/schema';
import type { PageLanguage } from '../i18n/page-language';
import { AppProviders } from './providers';
import { FormattedMessage } from 'react-intl';
import { localePrefix } from '../i18n/locale';
import { DatasetGate } from './DatasetGate';
import { LanguageSwitch } from './LanguageSwitch';
import { messages } from './messages';
import { EmbedPage } from './EmbedPage';
import { ExplorerPage } from './ExplorerPage';
import { NotFound } from './NotFound';
import { RegisterServiceWorker } from './RegisterServiceWorker';
import { useLocale, useRoute } from './route';

interface Props {
  /** Holds the dataset when the page was prerendered with it (main.tsx, entry-server.tsx). */
  client?: QueryClient;
  /** The path the page was rendered for: the server's page, the browser's address at load. */
  renderedPath: string;
  /** The page's language and its catalogs; English when not given. */
  language?: PageLanguage;
}

export function App({ client, renderedPath, language }: Props) {
  // The timeline's first draw is the signal that the first load's work is done (RegisterServiceWorker waits for it).
  const [timelineDrawn, setTimelineDrawn] = useState(false);
  const onTimelineDrawn = useCallback(() => setTimelineDrawn(true), []);
  // Says that the page is live (hydrated, or rendered in the browser): until then a prerendered page is HTML alone.
  useEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);
  return (
    <AppProviders client={client} renderedPath={renderedPath} language={language}>
      <Shell onTimelineDrawn={onTimelineDrawn} timelineDrawn={timelineDrawn} />
    </AppProviders>
  );
}

/** The record's pages, or the embed view, which another site frames: no header, no service worker of its own. */
function Shell({ onTimelineDrawn, timelineDrawn }: { onTimelineDrawn: () => void; timelineDrawn: boolean }) {
  const locale = useLocale();
  // The prerendered page says its language in its HTML; a page rendered in the browser says it here.
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  if (useRoute().page === 'embed') {
    return (
      <div className="bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
        <DatasetGate>{(dataset) => <EmbedPage dataset={dataset} />}</DatasetGate>
      </div>
    );
  }
  return (
    <div className="min-h-screen bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <Header />
      <Main onTimelineDrawn={onTimelineDrawn} />
      <RegisterServiceWorker timelineDrawn={timelineDrawn} />
    </div>
  );
}

function Header() {
  const locale = useLocale();
  return (
    <header className="border-b border-slate-200 px-4 py-4 sm:px-8 dark:border-slate-800">
      {/* First in the tab order: past the lead, the filters and the timeline, straight to the events. */}
      <a
        href="#chronology"
        className="absolute top-2 left-2 z-50 -translate-y-16 rounded-md bg-blue-800 px-3 py-2 text-sm font-medium text-white focus:translate-y-0 dark:bg-sky-300 dark:text-slate-950"
      >
        <FormattedMessage {...messages.skip} />
      </a>
      <div className="mx-auto flex max-w-[100rem] flex-wrap items-start justify-between gap-x-6 gap-y-2">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold sm:text-2xl">
            <a href={import.meta.env.BASE_URL + localePrefix(locale)} className="hover:underline">
              <FormattedMessage {...messages.title} />
            </a>
          </h1>
          <p className="mt-1 max-w-3xl text-sm text-slate-600 dark:text-slate-300">
            <FormattedMessage {...messages.standfirst} />
          </p>
        </div>
        <LanguageSwitch />
      </div>
    </header>
  );
}

/** Memoised: the first draw re-renders App, not the page. */
const Main = memo(function Main({ onTimelineDrawn }: { onTimelineDrawn: () => void }) {
  return (
    <main className="px-4 py-6 sm:px-8">
      <DatasetGate>{(dataset) => <Page dataset={dataset} onTimelineDrawn={onTimelineDrawn} />}</DatasetGate>
    </main>
  );
});

function Page({ dataset, onTimelineDrawn }: { dataset: Dataset; onTimelineDrawn: () => void }) {
  const route = useRoute();
  const known = route.page !== 'event' || dataset.events.some((e) => e.id === route.id);
  if (route.page === 'not-found' || !known) return <NotFound />;
  return (
    <>
      {/* An event's page opens at the event once the script runs; without it, this link takes the reader there. */}
      {route.page === 'event' && (
        <p className="mb-4 hidden text-sm [@media(scripting:none)]:block">
          <a href="#details-heading" className="text-blue-800 underline dark:text-sky-300">
            Go to this event’s details
          </a>
        </p>
      )}
      <ExplorerPage dataset={dataset} onTimelineDrawn={onTimelineDrawn} />
    </>
  );
}
