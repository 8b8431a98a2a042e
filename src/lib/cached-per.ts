/**
 * `compute`, worked out once per key object and kept for as long as that object lives. For values derived from one
 * loaded dataset (or one list of it) that renders and filter changes ask for again and again, each of them
 * reading every event.
 */
export function cachedPer<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key)!;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}
