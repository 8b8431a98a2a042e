/**
 * Tells the reader when a newer record (a new build, so a new dataset file) is waiting, instead of leaving them on the
 * cached copy without a word. The new version takes over only when they choose Reload.
 */
export function UpdateNotice({ needRefresh, onReload }: { needRefresh: boolean; onReload: () => void }) {
  return (
    <div aria-live="polite" className="print:hidden">
      {needRefresh && (
        <p className="fixed inset-x-4 bottom-4 z-30 mx-auto flex w-fit max-w-xl flex-wrap items-center gap-3 rounded-lg border border-blue-800 bg-white p-3 text-sm shadow-lg dark:border-sky-300 dark:bg-slate-900">
          A newer version of the record is available —
          <button
            type="button"
            onClick={onReload}
            className="rounded-md bg-blue-800 px-3 py-1 font-medium text-white hover:bg-blue-900 dark:bg-sky-300 dark:text-slate-950"
          >
            Reload
          </button>
        </p>
      )}
    </div>
  );
}
