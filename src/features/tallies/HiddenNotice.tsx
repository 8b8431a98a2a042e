import { HIDDEN_BY_FILTERS, hiddenFiguresText } from '../../data/tally-words';

interface Props {
  /** How many the current filters hide. */
  count: number;
  /** How many there are in all. */
  total: number;
  noun: { one: string; many: string };
  /** Clears the filters that hide them; without it the notice only says what is hidden. */
  onShow?: () => void;
}

/**
 * Says how much of a part the filters hide and offers to show it, so that a hidden figure or event is never taken
 * for silence in the sources.
 */
export function HiddenNotice({ count, total, noun, onShow }: Props) {
  if (count === 0) return null;
  return (
    <div className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-2 rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900">
      <p>
        {count} of {total} {total === 1 ? noun.one : noun.many} {count === 1 ? 'is' : 'are'} {HIDDEN_BY_FILTERS}. Where
        one is hidden, this part says so: it is not missing from the sources.
      </p>
      {onShow && (
        <button
          type="button"
          onClick={onShow}
          className="rounded-md border border-blue-700 px-2 py-1 font-medium text-blue-900 hover:bg-blue-100 dark:border-sky-300 dark:text-sky-100 dark:hover:bg-slate-800"
        >
          Show all {noun.many} (clears the filters)
        </button>
      )}
    </div>
  );
}

/** A cell's or a card's figures the current filters hide: said plainly, never as silence. */
export function HiddenFigures({ count, more = false }: { count: number; more?: boolean }) {
  return <p className="mt-2 text-sm text-slate-600 italic dark:text-slate-400">{hiddenFiguresText(count, more)}</p>;
}
