// An event's title is a plain link to the event's own page, so it works without JavaScript, opens in a new tab on
// request, and can be copied; the app turns a plain click on it into navigation inside the page.
import type { MouseEvent } from 'react';
import { eventPath } from '../../lib/permalinks';

/** The address of an event's own page under the site's base path: `/e/round-3/`. */
export function eventHref(id: string): string {
  return `${import.meta.env.BASE_URL}${eventPath(id)}`;
}

/**
 * Whether the page should handle a click on a link itself: the main button, no modifier key. Ctrl, Cmd, Shift or Alt
 * with a click, and the middle button, keep the browser's own meaning (a new tab or window, a download).
 */
export function isPlainClick(e: Pick<MouseEvent, 'button' | 'metaKey' | 'ctrlKey' | 'shiftKey' | 'altKey'>): boolean {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}
