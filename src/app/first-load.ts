// One signal for "the page has done the work of its first load": the list and the timeline are drawn. Work that can
// wait (registering the service worker, which then downloads every asset again to precache it) waits for it, instead
// of competing with the first load for the network and, on small machines, for the CPU.

let done = false;
const waiting = new Set<() => void>();

/** Called by the timeline once its first items are drawn. Later calls do nothing. */
export function markFirstLoadDone(): void {
  if (done) return;
  done = true;
  for (const callback of waiting) callback();
  waiting.clear();
}

/**
 * Calls `callback` once the first load is done and the browser is idle, or `fallbackMs` after the call when the
 * signal never comes (the timeline failed, or the page was left in the background). Returns a cancel function.
 */
export function afterFirstLoad(callback: () => void, fallbackMs: number): () => void {
  let finished = false;
  let cancelIdle = () => {};
  const finish = () => {
    finished = true;
    clearTimeout(fallback);
    waiting.delete(whenDone);
    cancelIdle();
  };
  const run = () => {
    if (finished) return;
    finish();
    callback();
  };
  // requestIdleCallback is missing in some browsers (and jsdom): a zero timeout then stands in for it.
  const whenDone = () => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(run, { timeout: 2000 });
      cancelIdle = () => cancelIdleCallback(handle);
    } else {
      const handle = setTimeout(run, 0);
      cancelIdle = () => clearTimeout(handle);
    }
  };
  const fallback = setTimeout(run, fallbackMs);
  if (done) whenDone();
  else waiting.add(whenDone);
  return finish;
}
