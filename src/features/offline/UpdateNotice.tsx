import { useRegisterSW } from 'virtual:pwa-register/react';

const HOUR = 60 * 60 * 1000;

/**
 * Tells the reader when a newer record (a new build, so a new dataset file) is waiting, instead of leaving them on the
 * cached copy without a word. The new service worker takes over only when they choose Reload.
 */
export function UpdateNotice() {
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      // Browsers look for a new service worker on navigation only; a tab left open for days asks hourly as well.
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine) void registration.update();
      }, HOUR);
    },
  });

  return (
    <div aria-live="polite" className="print:hidden">
      {needRefresh && (
        <p className="fixed inset-x-4 bottom-4 z-30 mx-auto flex w-fit max-w-xl flex-wrap items-center gap-3 rounded-lg border border-blue-800 bg-white p-3 text-sm shadow-lg dark:border-sky-300 dark:bg-slate-900">
          A newer version of the record is available —
          <button
            type="button"
            onClick={() => void updateServiceWorker(true)}
            className="rounded-md bg-blue-800 px-3 py-1 font-medium text-white hover:bg-blue-900 dark:bg-sky-300 dark:text-slate-950"
          >
            Reload
          </button>
        </p>
      )}
    </div>
  );
}
