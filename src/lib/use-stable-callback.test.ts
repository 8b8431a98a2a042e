import { renderHook } from '@testing-library/react';
import { expect, test } from 'vitest';
import { useStableCallback } from './use-stable-callback';

test('the same function across renders, calling what the latest render gave it', () => {
  const { result, rerender } = renderHook(({ n }) => useStableCallback((x: number) => x + n), {
    initialProps: { n: 1 },
  });
  const first = result.current;
  expect(first(1)).toBe(2);
  rerender({ n: 10 });
  expect(result.current).toBe(first);
  expect(first(1)).toBe(11);
});
