import { expect, test } from 'vitest';
import { fingerprint } from './fingerprint';

test('the same text gives the same fingerprint; a changed character or length gives another', () => {
  const text = '{"events":[{"title":"Round 3"}]}';
  expect(fingerprint(text)).toBe(fingerprint(`${text}`));
  expect(fingerprint(text.replace('3', '2'))).not.toBe(fingerprint(text));
  expect(fingerprint(`${text} `)).not.toBe(fingerprint(text));
  expect(fingerprint('')).toMatch(/^0-/);
});
