// The timeline's window as the page uses it: the one the URL asks for, or the opening view; and where the window goes
// when an event is selected anywhere on the page (the list, the tallies, a key), so that the timeline shows it.
import { useMemo } from 'react';
import type { ChronologyEntry } from '../../data/chronology';
import type { TimeWindow } from '../../lib/time';
import { useStableCallback } from '../../lib/use-stable-callback';
import { toTimelineItems } from './timeline-items';
import { openingWindow, windowShowing } from './timeline-window';

/**
 * `asked`: the window in the URL, if any. `selectedId`: the event selected when no window is asked for (an event's
 * page): the opening view is then panned to show it.
 */
export function useTimelineWindow(
  entries: readonly ChronologyEntry[],
  asked: TimeWindow | null,
  selectedId: string | null = null,
) {
  const items = toTimelineItems(entries);
  const opening = useMemo(() => openingWindow(items), [items]);
  const selectedItem = selectedId === null || asked ? undefined : items.find((i) => i.id === selectedId);
  const shown = useMemo(() => (selectedItem ? windowShowing(opening, selectedItem) : opening), [opening, selectedItem]);
  const window = asked ?? shown;
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
