import { describe, expect, test } from 'vitest';
import { eventPath, eventPermalink } from './permalinks';

describe('permalinks', () => {
  test('an event lives at e/<id>/ under the site, whether or not the site address ends in a slash', () => {
    expect(eventPermalink('https://example.org/record', 'round-3')).toBe('https://example.org/record/e/round-3/');
    expect(eventPermalink('https://example.org/record/', 'round-3')).toBe('https://example.org/record/e/round-3/');
  });

  test('an id is one path segment, whatever it holds', () => {
    expect(eventPath('a/b?c')).toBe('e/a%2Fb%3Fc/');
  });
});
