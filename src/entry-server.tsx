// The server entry: renders a page of the app to HTML at build time (scripts/build/prerender-plugin.ts), with the
// dataset the build ships, for the path the page will be served at. Nothing of vis-timeline runs here: the timeline's
// code loads only in the browser, after hydration.
import { QueryClient } from '@tanstack/react-query';
import { prerender } from 'react-dom/static';
import { App } from './app/App';
import { datasetQueryOptions } from './data/dataset-query';
import { datasetSchema, type Dataset } from './data/schema';

export { fingerprint } from './data/fingerprint';

export function parseDataset(json: unknown): Dataset {
  return datasetSchema.parse(json);
}

/** The app's HTML for `path` (under the site's base), as it first renders in the browser before any link query. */
export async function renderPage(dataset: Dataset, path: string): Promise<string> {
  const client = new QueryClient();
  client.setQueryData(datasetQueryOptions().queryKey, dataset);
  const { prelude } = await prerender(<App client={client} renderedPath={path} />);
  return new Response(prelude).text();
}
