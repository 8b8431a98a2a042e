import fc from 'fast-check';
import { expect, test } from 'vitest';
import { auditLink } from './audit-link';

const known = {
  events: new Set(['round-1', 'round-3']),
  actors: new Set(['turkey', 'vladimir-medinsky']),
  tracks: new Set(['military', 'humanitarian']),
};

test('a good link has nothing to report', () => {
  const search =
    '?v=1&event=round-3&actors=turkey,vladimir-medinsky&match=all&tracks=military&q=bodies&window=2025-05-09/2025-07-30';
  expect(auditLink(search, known)).toEqual([]);
});

test.each([
  ['?event=round-9', 'event', 'is not an event in this record'],
  ['?actors=turkey,nobody', 'actors', 'is not an actor in this record'],
  ['?tracks=military,space', 'tracks', 'is not a track in this record'],
  ['?window=2025-07-30/2025-05-01', 'window', 'ends before it starts'],
  ['?window=2025-02-30/2025-03-02', 'window', 'has a date the calendar does not have'],
  ['?match=most', 'match', 'can only be “any” or “all”'],
  ['?event=round-1&event=round-3', 'event', 'repeats a setting; the first one was used'],
  ['?utm_source=chat', 'utm_source', 'is not a setting of this record'],
  ['?v=7', 'v', 'is a link format this record does not know'],
])('%s is reported', (search, param, reason) => {
  expect(auditLink(search, known)).toContainEqual(expect.objectContaining({ param, reason }));
});

test('markup in a link is reported as text, shortened, and the rest still applies', () => {
  const payload = '<img src=x onerror=alert(1)>'.repeat(5);
  const ignored = auditLink(`?event=round-3&q=ok&foo=${encodeURIComponent(payload)}`, known);
  expect(ignored).toHaveLength(1);
  expect(ignored[0]!.value).toBe(`${payload.slice(0, 60)}…`);
});

test('a huge parameter is refused whole', () => {
  expect(auditLink(`?q=${'x'.repeat(5000)}`, known)).toEqual([
    { param: 'q', value: `${'x'.repeat(60)}…`, reason: 'is too long' },
  ]);
});

test('no query string makes the audit throw', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (raw) => {
      auditLink(raw, known);
      auditLink(`?${raw}`, known);
    }),
  );
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.constantFrom('event', 'actors', 'match', 'tracks', 'q', 'window', 'v', 'x'), fc.string()), {
        maxLength: 8,
      }),
      (pairs) => {
        const search = new URLSearchParams(pairs).toString();
        expect(Array.isArray(auditLink(search, known))).toBe(true);
      },
    ),
  );
});
