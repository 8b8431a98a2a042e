import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { datasetQueryOptions, DEFAULT_DATASET_URL, fetchDatasetText, parseDatasetText } from './data/dataset-query';
import { fingerprint } from './data/fingerprint';
import { splitLocale } from './i18n/locale';
import { ENGLISH, loadPageLanguage, type PageLanguage } from './i18n/page-language';
import { loadTimelineCanvas } from './features/timeline/use-timeline-canvas';
import './index.css';
import './print.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lost its #root element');
const client = new QueryClient();
const app = (language: PageLanguage) => (
  <StrictMode>
    <App client={client} renderedPath={window.location.pathname} language={language} />
  </StrictMode>
);
// The page's language comes with the page: its catalogs are fetched at once, beside the dataset, and both render
// and hydration wait for them, so the first render speaks the language the HTML was written in.
// Should they fail to load, the page is read in English rather than not at all.
const locale = splitLocale(window.location.pathname, import.meta.env.BASE_URL).locale;
const language = loadPageLanguage(locale).catch(() => ENGLISH);
/** The app takes over the box: it loads the dataset itself and says what is wrong if it cannot, with a Retry. */
const renderAfresh = () =>
  void language.then((lang) => {
    root.replaceChildren();
    createRoot(root).render(app(lang));
  });

const renderedFrom = root.dataset.dataset;
// A page prerendered in another language than its address names (the English not-found page a static host serves for
// any unknown address, /uk/… included) is rendered afresh rather than hydrated into a mismatch.
if (renderedFrom && document.documentElement.lang === locale) {
  // The page was prerendered with the dataset, which the page's head is already downloading (preload). Hydrating
  // needs that very file, so it starts once the file is here and parsed; until then the HTML is the page, readable
  // and still. The timeline's code is fetched meanwhile (its chunk is preloaded too), to draw at once.
  void loadTimelineCanvas().catch(() => {});
  fetchDatasetText(DEFAULT_DATASET_URL)
    .then(async (text) => {
      // Another file than the page was rendered from (a record swapped in for a test or a benchmark): no hydrating.
      if (fingerprint(text) !== renderedFrom) return renderAfresh();
      const [dataset, lang] = await Promise.all([parseDatasetText(text), language]);
      client.setQueryData(datasetQueryOptions().queryKey, dataset);
      hydrateRoot(root, app(lang));
    })
    .catch(renderAfresh);
} else {
  renderAfresh();
}
