import { useEffect, type RefObject } from 'react';

/**
 * While a panel is open, Escape inside it closes it and puts focus back on the button that opened it. The key is
 * caught on the panel and stopped there, so the page's own Escape (which closes an event's details) does not run too.
 */
export function useEscapeCloses(
  panelRef: RefObject<HTMLElement | null>,
  open: boolean,
  close: () => void,
  toggleRef: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const panel = panelRef.current;
    if (!open || !panel) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      close();
      toggleRef.current?.focus();
    };
    panel.addEventListener('keydown', onKey);
    return () => panel.removeEventListener('keydown', onKey);
    // `close` is a fresh function each render; what it does does not change while the panel is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, panelRef, toggleRef]);
}
