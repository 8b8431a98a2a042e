// Props comparison for memoised filter controls. The page derives the filter lists anew whenever any filter changes
// (a search keystroke included), so their identity says nothing; their contents do.

/** Equal when every prop is the same value, arrays compared item by item. */
export function sameProps<P extends object>(prev: P, next: P): boolean {
  const keys = Object.keys(next) as (keyof P)[];
  if (keys.length !== Object.keys(prev).length) return false;
  return keys.every((key) => {
    const a = prev[key];
    const b = next[key];
    if (Object.is(a, b)) return true;
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
  });
}
