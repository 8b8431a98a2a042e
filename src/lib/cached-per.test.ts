import { expect, test, vi } from 'vitest';
import { cachedPer } from './cached-per';

test('works a value out once per key object, and again for another object however equal', () => {
  const compute = vi.fn((list: number[]) => list.reduce((a, b) => a + b, 0));
  const sum = cachedPer(compute);
  const list = [1, 2, 3];
  expect(sum(list)).toBe(6);
  expect(sum(list)).toBe(6);
  expect(compute).toHaveBeenCalledTimes(1);
  expect(sum([1, 2, 3])).toBe(6);
  expect(compute).toHaveBeenCalledTimes(2);
});
