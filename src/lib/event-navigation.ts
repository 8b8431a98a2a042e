// The keys that move through events in time order, shared by the list and the timeline so both behave alike.

/**
 * The id that a key press moves the selection to, or undefined when the key is not a navigation key.
 * Arrow keys step through `orderedIds`; Home and End jump to the ends. With nothing selected, any step starts at an end.
 */
export function nextEventId(orderedIds: readonly string[], current: string | null, key: string): string | undefined {
  if (orderedIds.length === 0) return undefined;
  const last = orderedIds.length - 1;
  const index = current === null ? -1 : orderedIds.indexOf(current);
  switch (key) {
    case 'Home':
      return orderedIds[0];
    case 'End':
      return orderedIds[last];
    case 'ArrowDown':
    case 'ArrowRight':
      return orderedIds[index < 0 ? 0 : Math.min(index + 1, last)];
    case 'ArrowUp':
    case 'ArrowLeft':
      return orderedIds[index < 0 ? last : Math.max(index - 1, 0)];
    default:
      return undefined;
  }
}
