import { renderHook } from '@testing-library/react';
import { expect, test } from 'vitest';
import { useKeyed } from './use-keyed';

test('an equal value worked out again is handed back as the earlier object while its key stays the same', () => {
  const first = { shown: ['a'] };
  const { result, rerender } = renderHook(({ value, key }) => useKeyed(value, key), {
    initialProps: { value: first, key: 'a' },
  });
  rerender({ value: { shown: ['a'] }, key: 'a' });
  expect(result.current).toBe(first);
  const next = { shown: ['a', 'b'] };
  rerender({ value: next, key: 'a b' });
  expect(result.current).toBe(next);
});
