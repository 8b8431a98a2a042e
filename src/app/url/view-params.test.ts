import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  readEventId,
  readIdList,
  readMatch,
  readQuery,
  readTrackList,
  readWindow,
  viewParsers,
  viewUrl,
  writeWindow,
} from './view-params';

describe('each parameter survives a round trip through the URL', () => {
  test('event', () => {
    expect(viewParsers.event.parse(viewParsers.event.serialize('round-3'))).toBe('round-3');
  });
  test('actors', () => {
    const ids = ['vladimir-medinsky', 'turkey'];
    expect(viewParsers.actors.parse(viewParsers.actors.serialize(ids))).toEqual(ids);
  });
  test('match', () => {
    expect(viewParsers.match.parse(viewParsers.match.serialize('all'))).toBe('all');
  });
  test('tracks, including "every track hidden"', () => {
    expect(viewParsers.tracks.parse(viewParsers.tracks.serialize(['military', 'pressure']))).toEqual([
      'military',
      'pressure',
    ]);
    expect(viewParsers.tracks.serialize([])).toBe('none');
    expect(viewParsers.tracks.parse('none')).toEqual([]);
  });
  test('q, with accents and punctuation', () => {
    const q = 'Erdoğan "summit", 1,200?';
    expect(viewParsers.q.parse(viewParsers.q.serialize(q))).toBe(q);
  });
  test('window, to the minute', () => {
    const w = { start: Date.UTC(2025, 6, 23, 18, 57), end: Date.UTC(2025, 6, 23, 22, 57) };
    expect(writeWindow(w)).toBe('2025-07-23T18:57/2025-07-23T22:57');
    expect(viewParsers.window.parse(writeWindow(w))).toEqual(w);
    const days = { start: Date.UTC(2025, 4, 9), end: Date.UTC(2025, 7, 13) };
    expect(writeWindow(days)).toBe('2025-05-09/2025-08-13');
    expect(viewParsers.window.parse(writeWindow(days))).toEqual(days);
  });
  test('any valid state, generated', () => {
    const slug = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/);
    fc.assert(
      fc.property(fc.uniqueArray(slug, { minLength: 1, maxLength: 6 }), fc.string({ maxLength: 200 }), (ids, q) => {
        expect(viewParsers.actors.parse(viewParsers.actors.serialize(ids))).toEqual(ids);
        expect(viewParsers.q.parse(viewParsers.q.serialize(q))).toBe(q.replace(/\p{Cc}/gu, ' '));
      }),
    );
  });
});

describe('bad values fall back instead of throwing', () => {
  test.each([
    ['<script>alert(1)</script>', readEventId],
    ['Round-3', readEventId],
    ['x'.repeat(81), readEventId],
    ['maybe', readMatch],
    ['2025-07-30/2025-05-01', readWindow],
    ['2025-02-30/2025-03-01', readWindow],
    ['2025-07-23T25:00/2025-07-24', readWindow],
    ['1999-01-01/2025-01-01', readWindow],
    ['yesterday', readWindow],
    ['q'.repeat(201), readQuery],
    [',,,', readIdList],
    ['', readTrackList],
  ])('%j is refused', (raw, read) => {
    expect(read(raw).ok).toBe(false);
  });

  test('a list keeps its good ids and reports the others', () => {
    expect(readIdList('turkey,<b>x</b>,turkey,vladimir-medinsky')).toEqual({
      ok: true,
      value: ['turkey', 'vladimir-medinsky'],
      dropped: ['<b>x</b>'],
    });
  });

  test('a huge value is refused whole', () => {
    expect(viewParsers.actors.parse(Array.from({ length: 2000 }, (_, i) => `a${i}`).join(','))).toBeNull();
  });

  test('no string makes any parser throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (raw) => {
        for (const parser of Object.values(viewParsers)) parser.parse(raw);
      }),
    );
  });
});

describe('viewUrl, the link to a view', () => {
  const view = {
    event: 'round-3',
    actors: ['vladimir-medinsky', 'turkey'],
    match: 'all' as const,
    tracks: [],
    q: 'Erdoğan summit',
    window: { start: Date.UTC(2025, 6, 23, 18, 57), end: Date.UTC(2025, 6, 23, 22, 57) },
  };

  test('writes every parameter as the address bar holds it, and reads back as the same view', () => {
    const url = new URL(viewUrl(view, 'https://example.org/istanbul/'));
    expect(url.pathname).toBe('/istanbul/');
    const read = Object.fromEntries(
      Object.entries(viewParsers).map(([name, parser]) => [name, parser.parse(url.searchParams.get(name) ?? '')]),
    );
    expect(read).toEqual(view);
    expect(url.searchParams.get('tracks')).toBe('none');
  });

  test('leaves out defaults and what is unset, replaces the old view, and keeps other parameters', () => {
    const url = new URL(
      viewUrl(
        { event: null, actors: [], match: 'any', tracks: null, q: '', window: null },
        'https://example.org/?v=1&event=round-1&actors=turkey&q=old&window=2025-05-01/2025-06-01',
      ),
    );
    expect(url.search).toBe('?v=1');
  });
});
