import { renderHook } from '@testing-library/react';
import { expect, test } from 'vitest';
import { useKeyed } from './use-keyed';

test('an equal value worked out again is handed back as the earlier object while its key stays the same', () => {
  const source = {};
  const first = { shown: ['a'] };
  const { result, rerender } = renderHook(({ value, from, key }) => useKeyed(value, from, key), {
    initialProps: { value: first, from: source, key: 'a' },
  });
  rerender({ value: { shown: ['a'] }, from: source, key: 'a' });
  expect(result.current).toBe(first);
  const next = { shown: ['a', 'b'] };
  rerender({ value: next, from: source, key: 'a b' });
  expect(result.current).toBe(next);
  // The same key from another source (another dataset) is another value.
  const other = { shown: ['a', 'b'] };
  rerender({ value: other, from: {}, key: 'a b' });
  expect(result.current).toBe(other);
});
