// Loads the timeline's code (vis-timeline and moment, most of the app's weight) apart from the page's own.
//
// Not React.lazy: React 19 holds back revealing a component that suspended for a while after its fallback was shown
// (it batches reveals). The chunk usually arrives well before that, and the timeline then sat idle. A store that
// says when the code is here is not held back.
import { useEffect, useState, useSyncExternalStore, type ComponentType } from 'react';
import type { TimelineCanvasProps } from './TimelineCanvas';

type Canvas = ComponentType<TimelineCanvasProps>;

let loaded: Canvas | null = null;
let loading: Promise<Canvas> | null = null;
const listeners = new Set<() => void>();

/** Fetches and evaluates the timeline's code once per page; the hook below renders it when it is here. */
export function loadTimelineCanvas(): Promise<Canvas> {
  loading ??= import('./TimelineCanvas').then(
    (module) => {
      loaded = module.default;
      listeners.forEach((listener) => listener());
      return loaded;
    },
    (error: unknown) => {
      // Forget the failure, so that trying again (the error boundary's button remounts this) fetches again.
      loading = null;
      throw error;
    },
  );
  return loading;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The timeline component once its code is here, null until then; null also while a prerendered page hydrates (its
 * HTML has the placeholder), even when the code came first. A failed load is thrown to the error boundary.
 */
export function useTimelineCanvas(): Canvas | null {
  const canvas = useSyncExternalStore(
    subscribe,
    () => loaded,
    () => null,
  );
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (canvas) return;
    let current = true;
    loadTimelineCanvas().catch((failure: unknown) => current && setError(failure));
    return () => {
      current = false;
    };
  }, [canvas]);
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return canvas;
}
