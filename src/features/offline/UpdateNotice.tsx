import { useEffect, useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { afterFirstLoad } from '../../app/first-load';

const HOUR = 60 * 60 * 1000;
/** When the timeline never reports its first draw, the service worker is registered this long after mounting. */
const REGISTER_AT_THE_LATEST_MS = 10_000;

/**
 * Registering the service worker makes it download every asset again to precache it. At the window's load event
 * (the usual moment) that competed with the first load itself: the list painted 150 to 250 ms later and the
 * timeline 200 ms later (bench, real dataset). So it waits until the first load is done and the browser is idle.
 */
export function UpdateNotice() {
  const [register, setRegister] = useState(false);
  useEffect(() => afterFirstLoad(() => setRegister(true), REGISTER_AT_THE_LATEST_MS), []);
  return (
    <div aria-live="polite" className="print:hidden">
      {register && <UpdatePrompt />}
    </div>
  );
}

/**
 * Tells the reader when a newer record (a new build, so a new dataset file) is waiting, instead of leaving them on the
 * cached copy without a word. The new service worker takes over only when they choose Reload.
 */
function UpdatePrompt() {
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
    needRefresh && (
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
    )
  );
}
