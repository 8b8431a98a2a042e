import { useMemo } from 'react';

/**
 * `value`, or the one given earlier while it comes from the same `source` (the dataset) and its `key` is the same.
 * For a value worked out again on every change (a filter's figures) that mostly comes out equal: memoised children
 * then see the same object and are not re-rendered. The key must say everything the children read from the value.
 */
export function useKeyed<T>(value: T, source: object, key: string): T {
  // The key stands for the value's content: the value itself is a new object each time by design.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => value, [source, key]);
}
