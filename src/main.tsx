import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { datasetQueryOptions, DEFAULT_DATASET_URL, fetchDatasetText, parseDatasetText } from './data/dataset-query';
import { fingerprint } from './data/fingerprint';
import { loadTimelineCanvas } from './features/timeline/use-timeline-canvas';
import './index.css';
import './print.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lost its #root element');
const client = new QueryClient();
const app = (
  <StrictMode>
    <App client={client} renderedPath={window.location.pathname} />
  </StrictMode>
);
/** The app takes over the box: it loads the dataset itself and says what is wrong if it cannot, with a Retry. */
const renderAfresh = () => {
  root.replaceChildren();
  createRoot(root).render(app);
};

const renderedFrom = root.dataset.dataset;
if (renderedFrom) {
  // The page was prerendered with the dataset, which the page's head is already downloading (preload). Hydrating
  // needs that very file, so it starts once the file is here and parsed; until then the HTML is the page, readable
  // and still. The timeline's code is fetched meanwhile (its chunk is preloaded too), to draw at once.
  void loadTimelineCanvas().catch(() => {});
  fetchDatasetText(DEFAULT_DATASET_URL)
    .then(async (text) => {
      // Another file than the page was rendered from (a record swapped in for a test or a benchmark): no hydrating.
      if (fingerprint(text) !== renderedFrom) return renderAfresh();
      client.setQueryData(datasetQueryOptions().queryKey, await parseDatasetText(text));
      hydrateRoot(root, app);
    })
    .catch(renderAfresh);
} else {
  renderAfresh();
}
