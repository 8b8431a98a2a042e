// The one way the app gets its data: fetch the bundled dataset and parse it with the published schema.
import { queryOptions } from '@tanstack/react-query';
import bundledDatasetUrl from '../../data/dataset.json?url';
import type { Dataset } from './schema';

export type DatasetProblem = 'unreachable' | 'http' | 'not-json' | 'invalid';

/** What went wrong loading the dataset, in words a reader can act on, with the details an editor needs. */
export class DatasetError extends Error {
  readonly problem: DatasetProblem;
  readonly details: string[];
  constructor(problem: DatasetProblem, message: string, details: string[] = []) {
    super(message);
    this.name = 'DatasetError';
    this.problem = problem;
    this.details = details;
  }
}

// The schema (and zod's mini build with it, about 11 KB gzipped) is needed only once the file arrives: loading it
// beside the file, not before the first paint, lets the page show its frame sooner and downloads both at once.
const loadSchema = () => import('./schema');

/** The dataset file's text, or a DatasetError saying why it could not be had. */
export async function fetchDatasetText(url: string, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetError('unreachable', 'The dataset could not be reached. Check your connection and retry.');
  }
  if (!response.ok) {
    throw new DatasetError('http', `The dataset could not be loaded (HTTP ${response.status}).`);
  }
  return response.text();
}

/** The dataset in a file's text, checked against the published schema, or a DatasetError saying what is wrong. */
export async function parseDatasetText(text: string): Promise<Dataset> {
  const schema = loadSchema();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DatasetError('not-json', 'The dataset file is not valid JSON: it may be truncated or damaged.', [
      (error as Error).message,
    ]);
  }
  const { datasetSchema } = await schema;
  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success) {
    const details = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${['$', ...issue.path].join('.')}: ${issue.message}`);
    if (parsed.error.issues.length > 5) details.push(`…and ${parsed.error.issues.length - 5} more`);
    throw new DatasetError('invalid', 'The dataset does not match its published format.', details);
  }
  return parsed.data;
}

export async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  // The schema chunk is fetched while the file downloads, not after.
  void loadSchema();
  return parseDatasetText(await fetchDatasetText(url, signal));
}

export const DEFAULT_DATASET_URL = bundledDatasetUrl;

export function datasetQueryOptions(url: string = DEFAULT_DATASET_URL) {
  return queryOptions({
    queryKey: ['dataset', url] as const,
    queryFn: ({ signal }) => fetchDataset(url, signal),
    // The bundled file changes only with a new build, whose URL is new.
    staleTime: Infinity,
    // A file that is not JSON or breaks the schema will not heal by itself; only network failures are retried.
    retry: (failureCount, error) =>
      error instanceof DatasetError && error.problem === 'unreachable' && failureCount < 2,
  });
}
