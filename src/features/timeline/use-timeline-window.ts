// The timeline's window as the page uses it: the one the URL asks for, or the opening view; and where the window goes
// when an event is selected anywhere on the page (the list, the tallies, a key), so that the timeline shows it.
import { useMemo } from 'react';
import type { ChronologyEntry } from '../../data/chronology';
import type { TimeWindow } from '../../lib/time';
import { useStableCallback } from '../../lib/use-stable-callback';
import { toTimelineItems } from './timeline-items';
import { openingWindow, windowShowing } from './timeline-window';
import { useScreen } from './use-screen';

export function useTimelineWindow(entries: readonly ChronologyEntry[], asked: TimeWindow | null) {
  const items = toTimelineItems(entries);
  // The opening view leaves room for labels, which take a larger share of a narrow screen.
  const screen = useScreen();
  const opening = useMemo(() => openingWindow(items, screen), [items, screen]);
  const window = asked ?? opening;
  /**
   * The window after selecting `id`: the same one when the event is in view, else panned to it. Read at the time of
   * the call, and the same function on every render, so handlers built on it do not change with each zoom step.
   */
  const showing = useStableCallback((id: string): TimeWindow => {
    const item = items.find((i) => i.id === id);
    return item ? windowShowing(window, item) : window;
  });
  return { window, showing };
}
