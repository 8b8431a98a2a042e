// The timeline's window as the page uses it: the one the URL asks for, or the opening view; and where the window goes
// when an event is selected anywhere on the page (the list, the tallies, a key), so that the timeline shows it.
import { useMemo } from 'react';
import type { ChronologyEntry } from '../../data/chronology';
import { cachedPer } from '../../lib/cached-per';
import type { TimeWindow } from '../../lib/time';
import { useStableCallback } from '../../lib/use-stable-callback';
import { toTimelineItems } from './timeline-items';
import { openingSpan, windowShowing } from './timeline-window';

/**
 * The opening view's span for these entries, the same object each time: TimelinePanel knows it by that, and widens
 * it to leave room for the labels once it has measured itself (`openingWindow`). A link's window is shown as it is.
 */
export const openingOf = cachedPer((entries: readonly ChronologyEntry[]) => openingSpan(toTimelineItems(entries)));

/**
 * `asked`: the window in the URL, if any. `selectedId`: the event selected when no window is asked for (an event's
 * page): the opening view is then panned to show it (and left as it is, the same object, when it shows it already).
 */
export function useTimelineWindow(
  entries: readonly ChronologyEntry[],
  asked: TimeWindow | null,
  selectedId: string | null = null,
) {
  const items = toTimelineItems(entries);
  const opening = openingOf(entries);
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
