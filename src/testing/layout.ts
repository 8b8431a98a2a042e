import { afterAll, beforeAll } from 'vitest';

// Width only: with every box 0 px tall, vis-timeline counts every row as in view; a fixed height per box would push
// all rows but the first out of view, and their items would not be drawn.
const TIMELINE_SIZES = { offsetWidth: 800, clientWidth: 800 };

/**
 * jsdom has no layout: every box is 0 px wide, so vis-timeline would think nothing is in view and draw no items.
 * Call at the top of a test file (or a describe block) to give elements a size there, by default what vis-timeline
 * needs; positions are still only asserted in the browser tests.
 */
export function giveElementsASize(sizes: Readonly<Record<string, number>> = TIMELINE_SIZES): void {
  const originals = new Map<string, PropertyDescriptor | undefined>();
  beforeAll(() => {
    for (const [key, value] of Object.entries(sizes)) {
      originals.set(key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key));
      Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
    }
  });
  afterAll(() => {
    for (const [key, descriptor] of originals) {
      if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
    }
  });
}

/** jsdom has no matchMedia; answer every query with `matches` (false: a narrow screen, unless a test says otherwise). */
export function stubMatchMedia(matches: boolean): void {
  window.matchMedia = (query: string) =>
    ({
      matches,
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) satisfies MediaQueryList;
}
