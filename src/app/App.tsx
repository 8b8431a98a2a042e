import type { QueryClient } from '@tanstack/react-query';
import {
  createContext,
  createElement,
  lazy,
  memo,
  Suspense,
  useCallback,
  useContext,
  useEffect,
  useState,
  type ComponentProps,
  type ComponentType,
} from 'react';
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
import { followPageLink, restoreFocusAfterHistoryStep } from './page-links';
import { useCameFromPage, useHash, useLocale, useRoute } from './route';
import { sourcesHref } from '../lib/source-links';

// The sources views carry the captured pages' text: their own chunk, fetched only on those pages. The server entry
// hands in the module itself, since the prerender cannot load a chunk while it renders.
const LazySourcesViews = lazy(() => import('../features/sources/SourcesViews'));
type SourcesViewsType = ComponentType<ComponentProps<typeof LazySourcesViews>>;
const SourcesViewsContext = createContext<SourcesViewsType>(LazySourcesViews);

interface Props {
  /** Holds the dataset when the page was prerendered with it (main.tsx, entry-server.tsx). */
  client?: QueryClient;
  /** The path the page was rendered for: the server's page, the browser's address at load. */
  renderedPath: string;
  /** The page's language and its catalogs; English when not given. */
  language?: PageLanguage;
  /** The sources views, loaded already (the server entry); in the browser they load when first shown. */
  sourcesViews?: SourcesViewsType;
}

export function App({ client, renderedPath, language, sourcesViews = LazySourcesViews }: Props) {
  // The timeline's first draw is the signal that the first load's work is done (RegisterServiceWorker waits for it).
  const [timelineDrawn, setTimelineDrawn] = useState(false);
  const onTimelineDrawn = useCallback(() => setTimelineDrawn(true), []);
  // Says that the page is live (hydrated, or rendered in the browser): until then a prerendered page is HTML alone.
  useEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);
  // Links into and out of the sources views are followed in the page, and Back puts focus where the reader left.
  useEffect(() => {
    let cancel = () => {};
    const onPopState = () => {
      cancel();
      cancel = restoreFocusAfterHistoryStep();
    };
    document.addEventListener('click', followPageLink);
    window.addEventListener('popstate', onPopState);
    return () => {
      cancel();
      document.removeEventListener('click', followPageLink);
      window.removeEventListener('popstate', onPopState);
    };
  }, []);
  return (
    <AppProviders client={client} renderedPath={renderedPath} language={language}>
      <SourcesViewsContext.Provider value={sourcesViews}>
        <Shell onTimelineDrawn={onTimelineDrawn} timelineDrawn={timelineDrawn} />
      </SourcesViewsContext.Provider>
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
  const page = useRoute().page;
  const onSources = page === 'sources' || page === 'source';
  return (
    <header className="border-b border-slate-200 px-4 py-4 sm:px-8 dark:border-slate-800">
      {/* First in the tab order: past the lead, the filters and the timeline, straight to the events. */}
      <a
        href={onSources ? '#main' : '#chronology'}
        className="absolute top-2 left-2 z-50 -translate-y-16 rounded-md bg-blue-800 px-3 py-2 text-sm font-medium text-white focus:translate-y-0 dark:bg-sky-300 dark:text-slate-950"
      >
        <FormattedMessage {...(onSources ? messages.skipContent : messages.skip)} />
      </a>
      <div className="mx-auto flex max-w-[100rem] flex-wrap items-start justify-between gap-x-6 gap-y-2">
        <div className="min-w-0">
          <h1 className="text-xl font-semibold sm:text-2xl">
            <a href={import.meta.env.BASE_URL + localePrefix(locale)} className="hover:underline">
              <FormattedMessage {...messages.title} />
            </a>
          </h1>
          {/* The way to the sources rides on the description's last line: on a phone the first screen stays the lead. */}
          <p className="mt-1 max-w-3xl text-sm text-slate-600 dark:text-slate-300">
            <FormattedMessage {...messages.standfirst} />{' '}
            <a
              href={sourcesHref()}
              aria-current={page === 'sources' ? 'page' : undefined}
              className="font-medium whitespace-nowrap text-blue-800 underline dark:text-sky-300"
            >
              <FormattedMessage {...messages.allSources} />
            </a>
          </p>
        </div>
        {/* The sources views are the sources' own English, with no other language to switch to. */}
        {!onSources && <LanguageSwitch />}
      </div>
    </header>
  );
}

/** Memoised: the first draw re-renders App, not the page. */
const Main = memo(function Main({ onTimelineDrawn }: { onTimelineDrawn: () => void }) {
  return (
    <main id="main" tabIndex={-1} className="px-4 py-6 focus:outline-none sm:px-8">
      <DatasetGate>{(dataset) => <Page dataset={dataset} onTimelineDrawn={onTimelineDrawn} />}</DatasetGate>
    </main>
  );
});

function Page({ dataset, onTimelineDrawn }: { dataset: Dataset; onTimelineDrawn: () => void }) {
  const route = useRoute();
  const fragment = useHash();
  const cameFromPage = useCameFromPage();
  const SourcesViews = useContext(SourcesViewsContext);
  const known = route.page !== 'event' || dataset.events.some((e) => e.id === route.id);
  if (route.page === 'not-found' || !known) return <NotFound />;
  if (route.page === 'sources' || route.page === 'source') {
    return (
      <Suspense fallback={<p>Loading the sources…</p>}>
        {createElement(SourcesViews, {
          dataset,
          articleId: route.page === 'source' ? route.id : null,
          fragment,
          notFound: <NotFound />,
          cameFromPage,
          onBack: goBack,
        })}
      </Suspense>
    );
  }
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

function goBack() {
  window.history.back();
}
