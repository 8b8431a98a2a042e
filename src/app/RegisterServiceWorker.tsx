// Registers the service worker that keeps the record readable offline, and shows the notice when a newer record waits.
//
// Registering makes the service worker download every asset again to precache it. At the window's load event (the
// usual moment) that competed with the first load itself, so it waits until the timeline has drawn and the browser
// is idle, or a while after mounting when the timeline never draws (it failed, or the page is in the background).
import { useEffect, useState } from 'react';
import { UpdateNotice } from '../features/offline/UpdateNotice';
import { HOUR } from '../lib/time';

const REGISTER_AT_THE_LATEST_MS = 10_000;

export function RegisterServiceWorker({ timelineDrawn }: { timelineDrawn: boolean }) {
  const register = useIdleAfter(timelineDrawn, REGISTER_AT_THE_LATEST_MS);
  // The version waiting to take over, once there is one: calling it reloads the page into it.
  const [update, setUpdate] = useState<(() => void) | null>(null);
  useEffect(() => {
    if (!register) return;
    let current = true;
    // Loaded when it is used: the registration code (workbox-window) is not part of the page's first download, and
    // the page renders on the server, where there is no service worker to register.
    void import('virtual:pwa-register').then(({ registerSW }) => {
      if (!current) return;
      const reload = registerSW({
        onNeedRefresh: () => current && setUpdate(() => () => void reload(true)),
        onRegisteredSW(_url, registration) {
          // Browsers look for a new service worker on navigation only; a tab left open for days asks hourly too.
          if (!registration) return;
          setInterval(() => {
            if (navigator.onLine) void registration.update();
          }, HOUR);
        },
      });
    });
    return () => {
      current = false;
    };
  }, [register]);
  return <UpdateNotice needRefresh={update !== null} onReload={() => update?.()} />;
}

/** True once `ready` has come and the browser has been idle since, or `fallbackMs` after mounting, whichever is first. */
export function useIdleAfter(ready: boolean, fallbackMs: number): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (done) return;
    const fallback = setTimeout(() => setDone(true), fallbackMs);
    return () => clearTimeout(fallback);
  }, [done, fallbackMs]);
  useEffect(() => {
    if (!ready || done) return;
    // requestIdleCallback is missing in some browsers (and jsdom): a zero timeout then stands in for it.
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => setDone(true), { timeout: 2000 });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(() => setDone(true), 0);
    return () => clearTimeout(handle);
  }, [ready, done]);
  return done;
}
