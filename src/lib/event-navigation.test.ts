import { expect, test } from 'vitest';
import { nextEventId } from './event-navigation';

const ids = ['a', 'b', 'c'];

test.each([
  ['b', 'ArrowDown', 'c'],
  ['b', 'ArrowRight', 'c'],
  ['b', 'ArrowUp', 'a'],
  ['b', 'ArrowLeft', 'a'],
  ['c', 'ArrowDown', 'c'],
  ['a', 'ArrowUp', 'a'],
  ['b', 'Home', 'a'],
  ['b', 'End', 'c'],
  [null, 'ArrowDown', 'a'],
  [null, 'ArrowUp', 'c'],
  ['gone', 'ArrowDown', 'a'],
])('from %s, %s goes to %s', (current, key, expected) => {
  expect(nextEventId(ids, current, key)).toBe(expected);
});

test('other keys and empty lists are not navigation', () => {
  expect(nextEventId(ids, 'a', 'Enter')).toBeUndefined();
  expect(nextEventId([], null, 'ArrowDown')).toBeUndefined();
});
