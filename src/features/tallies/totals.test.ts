import { describe, expect, test } from 'vitest';
import { sumFigures, totals } from './totals';
import { realDataset } from '../../testing/real-dataset';
import { makeTally } from '../../testing/fixture-dataset';

describe('adding figures respects their qualifiers', () => {
  test.each([
    [
      'exact + exact is exact',
      [
        [100, 'exact'],
        [50, 'exact'],
      ],
      { ok: true, count: 150, qualifier: 'exact' },
    ],
    [
      'at least + at least is at least',
      [
        [1000, 'at-least'],
        [1200, 'at-least'],
      ],
      { ok: true, count: 2200, qualifier: 'at-least' },
    ],
    [
      'exact + at least is at least',
      [
        [300, 'exact'],
        [1000, 'at-least'],
      ],
      { ok: true, count: 1300, qualifier: 'at-least' },
    ],
    [
      'about + exact is about',
      [
        [6000, 'about'],
        [3000, 'exact'],
      ],
      { ok: true, count: 9000, qualifier: 'about' },
    ],
    [
      'about + about is about',
      [
        [6000, 'about'],
        [100, 'about'],
      ],
      { ok: true, count: 6100, qualifier: 'about' },
    ],
    ['a single figure is itself', [[6000, 'about']], { ok: true, count: 6000, qualifier: 'about' }],
  ] as const)('%s', (_name, terms, expected) => {
    expect(sumFigures(terms.map(([count, qualifier]) => ({ count, qualifier })))).toEqual(expected);
  });

  test.each([
    [
      'about + at least',
      [
        { count: 6000, qualifier: 'about' },
        { count: 1000, qualifier: 'at-least' },
      ],
      /about.*at least/,
    ],
    [
      'an "all" figure',
      [
        { count: 1000, qualifier: 'at-least' },
        { count: null, qualifier: 'all' },
      ],
      /“all”/,
    ],
    [
      'a missing number',
      [
        { count: 1000, qualifier: 'exact' },
        { count: null, qualifier: 'not-given' },
      ],
      /no number/,
    ],
    ['a number of unknown precision', [{ count: 10, qualifier: 'not-given' }], /precision/],
    ['nothing', [], /nothing/],
  ] as const)('%s cannot be added up', (_name, terms, reason) => {
    const sum = sumFigures(terms);
    expect(sum.ok).toBe(false);
    expect(!sum.ok && sum.reason).toMatch(reason);
  });
});

describe('totals', () => {
  test('never add figures of different status, direction or kind', () => {
    const { groups } = totals([
      makeTally({ id: 'pows-2', count: 1000, qualifier: 'at-least' }),
      makeTally({ id: 'bodies-2', kind: 'bodies', count: 6000, qualifier: 'about' }),
      makeTally({ id: 'bodies-3', round: 3, kind: 'bodies', count: 3000, direction: 'to-ukraine', status: 'offered' }),
      makeTally({ id: 'pows-3', round: 3, count: 1200, qualifier: 'at-least' }),
      makeTally({ id: 'pows-3-swap', round: 3, count: 500, status: 'carried-out' }),
    ]);
    expect(groups.map((g) => [g.kind, g.status, g.direction, g.terms.map((t) => t.id), g.sum])).toEqual([
      [
        'prisoners-of-war',
        'agreed',
        'each-side',
        ['pows-2', 'pows-3'],
        { ok: true, count: 2200, qualifier: 'at-least' },
      ],
      ['prisoners-of-war', 'carried-out', 'each-side', ['pows-3-swap'], { ok: true, count: 500, qualifier: 'exact' }],
      ['bodies', 'agreed', 'each-side', ['bodies-2'], { ok: true, count: 6000, qualifier: 'about' }],
      ['bodies', 'offered', 'to-ukraine', ['bodies-3'], { ok: true, count: 3000, qualifier: 'exact' }],
    ]);
  });

  test('claims and figures without a direction are left out, with the reason', () => {
    const { groups, leftOut } = totals([
      makeTally({ id: 'list-2', kind: 'children', count: 339, status: 'claimed', claimedBy: 'ukraine' }),
      makeTally({ id: 'list-3', round: 3, kind: 'children', count: 339, status: 'claimed', claimedBy: 'ukraine' }),
      makeTally({ id: 'young', count: null, qualifier: 'all', direction: 'not-given' }),
    ]);
    expect(groups).toEqual([]);
    expect(leftOut.map((l) => [l.tally.id, l.reason])).toEqual([
      ['list-2', expect.stringMatching(/claim/)],
      ['young', expect.stringMatching(/direction is not given/)],
      ['list-3', expect.stringMatching(/claim/)],
    ]);
  });

  test('a figure without a number in a matching group keeps that group from being totalled', () => {
    const { groups } = totals([
      makeTally({ id: 'pows-2', count: 1000, qualifier: 'at-least' }),
      makeTally({ id: 'pows-3', round: 3, count: null, qualifier: 'not-given' }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.sum).toEqual({ ok: false, reason: 'one figure has no number' });
  });

  test('in the real dataset: POWs agreed each side add up to at least 2,200; bodies stay apart; claims stay out', () => {
    const { groups, leftOut } = totals(realDataset().tallies);
    expect(groups.map((g) => [g.kind, g.status, g.direction, g.terms.map((t) => t.round), g.sum])).toEqual([
      ['prisoners-of-war', 'agreed', 'each-side', [2, 3], { ok: true, count: 2200, qualifier: 'at-least' }],
      ['bodies', 'agreed', 'each-side', [2], { ok: true, count: 6000, qualifier: 'about' }],
      ['bodies', 'offered', 'to-ukraine', [3], { ok: true, count: 3000, qualifier: 'exact' }],
    ]);
    const claims = leftOut.filter((l) => l.tally.status === 'claimed');
    expect(claims.map((l) => [l.tally.id, l.tally.kind])).toEqual([
      ['round-2-children-list', 'children'],
      ['round-3-civilians', 'civilians'],
      ['round-3-children-list', 'children'],
    ]);
  });
});
