import { useEffect, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

/**
 * Renders its children only while the page is being printed. The print chronology holds every event shown with all
 * its quotes: kept in the page at all times it would cost as much to render as the list itself, for a section nobody
 * sees on screen. `beforeprint` fires before the browser lays out the printed page, and
 * flushSync puts the section in the DOM before that happens.
 */
export function WhilePrinting({ children }: { children: ReactNode }) {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing ? children : null;
}
