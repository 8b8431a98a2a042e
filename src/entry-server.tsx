// The server entry: renders a page of the app to HTML at build time (scripts/build/prerender-plugin.ts), with the
// dataset the build ships, for the path the page will be served at. Nothing of vis-timeline runs here: the timeline's
// code loads only in the browser, after hydration.
import { QueryClient } from '@tanstack/react-query';
import { prerender } from 'react-dom/static';
import { App } from './app/App';
import SourcesViews from './features/sources/SourcesViews';
import { datasetQueryOptions } from './data/dataset-query';
import { datasetSchema, type Dataset } from './data/schema';
import { translationSchema } from './data/translation-schema';
import { splitLocale, type Locale } from './i18n/locale';
import { ENGLISH, type PageLanguage } from './i18n/page-language';
import ruMessages from './i18n/ru.json';
import ukMessages from './i18n/uk.json';
import ruRecord from '../data/translations/ru.json';
import ukRecord from '../data/translations/uk.json';

// The server has every language at hand (the browser loads only its page's; i18n/page-language.ts): the build loads
// this module once and renders every page from it, with nothing left to import after.
const LANGUAGES: Record<Locale, PageLanguage> = {
  en: ENGLISH,
  uk: { locale: 'uk', messages: ukMessages, record: translationSchema.parse(ukRecord) },
  ru: { locale: 'ru', messages: ruMessages, record: translationSchema.parse(ruRecord) },
};

export { fingerprint } from './data/fingerprint';

export function parseDataset(json: unknown): Dataset {
  return datasetSchema.parse(json);
}

/** The app's HTML for `path` (under the site's base), as it first renders in the browser before any link query. */
export async function renderPage(dataset: Dataset, path: string): Promise<string> {
  const client = new QueryClient();
  client.setQueryData(datasetQueryOptions().queryKey, dataset);
  const language = LANGUAGES[splitLocale(path, import.meta.env.BASE_URL).locale];
  const app = <App client={client} renderedPath={path} language={language} sourcesViews={SourcesViews} />;
  const { prelude } = await prerender(app, {
    // A page is read whole, without scripts too: React must not move a large part out of place to be swapped in by
    // an inline script (which the Content Security Policy forbids, and which never runs without JavaScript).
    progressiveChunkSize: Number.MAX_SAFE_INTEGER,
  });
  return new Response(prelude).text();
}
