import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { inLanguage } from '../i18n/localize-dataset';
import { useRecordTranslation } from '../i18n/record-words';
import { messages } from './messages';
import { DatasetError, datasetQueryOptions } from '../data/dataset-query';
import type { Dataset } from '../data/schema';

/** Loads the dataset and renders its children with it, or says plainly why it cannot. */
export function DatasetGate({ children, url }: { children: (dataset: Dataset) => ReactNode; url?: string }) {
  const query = useQuery(datasetQueryOptions(url));
  const translation = useRecordTranslation();
  // The record in the page's language: our words translated, the sources' quotes as they are.
  const dataset = useMemo(
    () => (query.data && translation ? inLanguage(query.data, translation) : query.data),
    [query.data, translation],
  );

  if (query.isPending) {
    return (
      <p role="status" className="text-slate-600 dark:text-slate-300">
        <FormattedMessage {...messages.loading} />
      </p>
    );
  }
  if (query.isError) {
    const error = query.error;
    const details = error instanceof DatasetError ? error.details : [];
    return (
      <div
        role="alert"
        className="max-w-2xl rounded-md border border-red-300 bg-red-50 p-4 dark:border-red-800 dark:bg-red-950"
      >
        <h2 className="font-semibold text-red-900 dark:text-red-100">
          {' '}
          <FormattedMessage {...messages.loadFailed} />
        </h2>
        <p className="mt-1 text-red-900 dark:text-red-100">{error.message}</p>
        {details.length > 0 && (
          <ul className="mt-2 list-disc pl-5 font-mono text-sm break-words text-red-900 dark:text-red-200">
            {details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        )}
        <button
          type="button"
          onClick={() => void query.refetch()}
          disabled={query.isFetching}
          className="mt-3 rounded-md bg-red-800 px-3 py-1.5 text-white hover:bg-red-900 disabled:opacity-60 dark:bg-red-300 dark:text-red-950"
        >
          <FormattedMessage {...(query.isFetching ? messages.retrying : messages.retry)} />
        </button>
      </div>
    );
  }
  return <>{children(dataset!)}</>;
}
