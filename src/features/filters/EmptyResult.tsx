import { FormattedMessage } from 'react-intl';
import type { Dataset } from '../../data/schema';
import type { FilterName, FilterState } from './filter-model';
import { filtersInWords } from './filter-words';
import { messages } from './messages';

const UNDO = {
  actors: messages.undoActors,
  match: messages.undoMatch,
  tracks: messages.undoTracks,
  query: messages.undoQuery,
} as const;

interface Props {
  dataset: Dataset;
  state: FilterState;
  /** Each filter whose removal alone brings events back, and how many. */
  remedies: { filter: FilterName; count: number }[];
  onUndo: (filter: FilterName) => void;
  onClear: () => void;
}

/** Says which filter emptied the view and offers to undo it, instead of a blank list. */
export function EmptyResult({ dataset, state, remedies, onUndo, onClear }: Props) {
  return (
    <div className="rounded-lg border border-dashed border-slate-400 p-4 dark:border-slate-600">
      <p className="font-medium">
        <FormattedMessage {...messages.noMatch} />
      </p>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        <FormattedMessage {...messages.showing} values={{ filters: filtersInWords(state, dataset).join('; ') }} />
      </p>
      <ul className="mt-3 flex flex-wrap gap-2">
        {remedies.map(({ filter, count }) => (
          <li key={filter}>
            <button
              type="button"
              onClick={() => onUndo(filter)}
              className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
            >
              <FormattedMessage {...UNDO[filter]} /> <FormattedMessage {...messages.eventCount} values={{ count }} />
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            onClick={onClear}
            className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
          >
            <FormattedMessage {...messages.clearAll} />
          </button>
        </li>
      </ul>
    </div>
  );
}
