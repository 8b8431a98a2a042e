// Loads the timeline's code (vis-timeline and moment, most of the app's weight) after the list has painted.
//
// Not React.lazy: React 19 holds back revealing a component that suspended for a while after its fallback was shown
// (it batches reveals). The chunk usually arrives well before that, and the timeline then sat idle. A plain state
// update is not held back.
import { useEffect, useState, type ComponentType } from 'react';
import type { TimelineCanvasProps } from './TimelineCanvas';

type Canvas = ComponentType<TimelineCanvasProps>;

let loaded: Canvas | null = null;
let loading: Promise<Canvas> | null = null;

function load(): Promise<Canvas> {
  loading ??= import('./TimelineCanvas').then(
    (module) => (loaded = module.default),
    (error: unknown) => {
      // Forget the failure, so that trying again (the error boundary's button remounts this) fetches again.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The timeline component once its code is here, null until then. A failed load is thrown to the error boundary. */
export function useTimelineCanvas(): Canvas | null {
  const [canvas, setCanvas] = useState<Canvas | null>(() => loaded);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (canvas) return;
    let current = true;
    load().then(
      (component) => current && setCanvas(() => component),
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [canvas]);
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return canvas;
}
