import { describe, expect, test } from 'vitest';
import { carriedOutOf, sumFigures, totals } from './totals';
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

/** Each status's kinds, as [kind, [direction, round of each term, sum], listed ids, hidden listed]. */
function shape(result: ReturnType<typeof totals>) {
  return result.statuses.map((part) => [
    part.status,
    part.kinds.map((k) => [
      k.kind,
      k.groups.map((g) => [g.direction, g.terms.map((t) => t.id), g.hidden, g.sum]),
      k.listed.map((t) => t.id),
      k.hiddenListed,
    ]),
  ]);
}

describe('totals', () => {
  test('never add figures of different status, direction or kind', () => {
    const result = totals([
      makeTally({ id: 'pows-2', count: 1000, qualifier: 'at-least' }),
      makeTally({ id: 'bodies-2', kind: 'bodies', count: 6000, qualifier: 'about' }),
      makeTally({ id: 'bodies-3', round: 3, kind: 'bodies', count: 3000, direction: 'to-ukraine', status: 'offered' }),
      makeTally({ id: 'bodies-3-each', round: 3, kind: 'bodies', count: 500, status: 'offered' }),
      makeTally({ id: 'pows-3', round: 3, count: 1200, qualifier: 'at-least' }),
      makeTally({ id: 'pows-3-swap', round: 3, count: 500, status: 'carried-out' }),
    ]);
    expect(shape(result)).toEqual([
      [
        'agreed',
        [
          [
            'prisoners-of-war',
            [['each-side', ['pows-2', 'pows-3'], 0, { ok: true, count: 2200, qualifier: 'at-least' }]],
            [],
            0,
          ],
          ['bodies', [['each-side', ['bodies-2'], 0, { ok: true, count: 6000, qualifier: 'about' }]], [], 0],
        ],
      ],
      [
        'carried-out',
        [
          [
            'prisoners-of-war',
            [['each-side', ['pows-3-swap'], 0, { ok: true, count: 500, qualifier: 'exact' }]],
            [],
            0,
          ],
        ],
      ],
      [
        'offered',
        [
          [
            'bodies',
            [
              ['each-side', ['bodies-3-each'], 0, { ok: true, count: 500, qualifier: 'exact' }],
              ['to-ukraine', ['bodies-3'], 0, { ok: true, count: 3000, qualifier: 'exact' }],
            ],
            [],
            0,
          ],
        ],
      ],
    ]);
  });

  test('claims and figures without a direction are listed under their status, never added', () => {
    const result = totals([
      makeTally({ id: 'list-2', kind: 'children', count: 339, status: 'claimed', claimedBy: 'ukraine' }),
      makeTally({ id: 'list-3', round: 3, kind: 'children', count: 339, status: 'claimed', claimedBy: 'ukraine' }),
      makeTally({ id: 'young', count: null, qualifier: 'all', direction: 'not-given' }),
      makeTally({ id: 'claimed-each', round: 3, count: 50, status: 'claimed' }),
    ]);
    expect(shape(result)).toEqual([
      ['agreed', [['prisoners-of-war', [], ['young'], 0]]],
      [
        'claimed',
        [
          ['prisoners-of-war', [], ['claimed-each'], 0],
          ['children', [], ['list-2', 'list-3'], 0],
        ],
      ],
    ]);
  });

  test('a figure without a number in a matching group keeps that group from being totalled', () => {
    const [agreed] = totals([
      makeTally({ id: 'pows-2', count: 1000, qualifier: 'at-least' }),
      makeTally({ id: 'pows-3', round: 3, count: null, qualifier: 'not-given' }),
    ]).statuses;
    expect(agreed!.kinds[0]!.groups[0]!.sum).toEqual({ ok: false, reason: 'one figure has no number' });
  });

  test('a figure the filters hide is counted as hidden, and its group gets no total', () => {
    const all = [
      makeTally({ id: 'pows-2', count: 1000, qualifier: 'at-least' }),
      makeTally({ id: 'pows-3', round: 3, count: 1200, qualifier: 'at-least' }),
      makeTally({ id: 'young', count: null, qualifier: 'all', direction: 'not-given' }),
    ];
    const result = totals(all, (t) => t.id === 'pows-3');
    expect(shape(result)).toEqual([
      [
        'agreed',
        [
          [
            'prisoners-of-war',
            [
              [
                'each-side',
                ['pows-3'],
                1,
                { ok: false, reason: '1 of its 2 figures is hidden by the current filters' },
              ],
            ],
            [],
            1,
          ],
        ],
      ],
    ]);
    // Hidden whole, a status keeps its place: what is hidden is not what the sources leave out.
    const none = totals(all, () => false);
    expect(shape(none)).toEqual([
      [
        'agreed',
        [
          [
            'prisoners-of-war',
            [['each-side', [], 2, { ok: false, reason: '2 of its 2 figures are hidden by the current filters' }]],
            [],
            1,
          ],
        ],
      ],
    ]);
  });

  test('agreed figures say whether the record has any of their kind carried out, shown or hidden', () => {
    const agreed = makeTally({ id: 'pows-2', count: 1000, qualifier: 'at-least' });
    const swap = makeTally({ id: 'swap', round: 3, count: 84, status: 'carried-out' });
    const bodies = makeTally({ id: 'bodies', kind: 'bodies', count: 10, status: 'carried-out' });
    expect(carriedOutOf('prisoners-of-war', [agreed], () => true)).toBe('not-reported');
    expect(carriedOutOf('prisoners-of-war', [agreed, bodies], () => true)).toBe('not-reported');
    expect(carriedOutOf('prisoners-of-war', [agreed, swap], () => true)).toBe('reported');
    expect(carriedOutOf('prisoners-of-war', [agreed, swap], (t) => t.id !== 'swap')).toBe('hidden');
    const [first] = totals([agreed, swap]).statuses;
    expect(first!.kinds[0]!.carriedOut).toBe('reported');
    expect(totals([swap]).statuses[0]!.kinds[0]!.carriedOut).toBeUndefined();
  });

  test('in the real dataset: what was agreed adds up to at least 2,200 prisoners each side, the rest stays apart', () => {
    const data = realDataset();
    const result = totals(data.tallies, () => true, data.silences);
    expect(shape(result)).toEqual([
      [
        'agreed',
        [
          [
            'prisoners-of-war',
            [['each-side', ['round-2-pows', 'round-3-pows'], 0, { ok: true, count: 2200, qualifier: 'at-least' }]],
            ['round-2-pows-under-25', 'round-2-pows-seriously-injured'],
            0,
          ],
          ['bodies', [['each-side', ['round-2-bodies'], 0, { ok: true, count: 6000, qualifier: 'about' }]], [], 0],
        ],
      ],
      [
        'offered',
        [['bodies', [['to-ukraine', ['round-3-bodies'], 0, { ok: true, count: 3000, qualifier: 'exact' }]], [], 0]],
      ],
      [
        'claimed',
        [
          ['civilians', [], ['round-3-civilians'], 0],
          ['children', [], ['round-2-children-list', 'round-3-children-list'], 0],
        ],
      ],
    ]);
    const [agreed] = result.statuses;
    // No figure in the record is carried out: the words stay with what the sources say.
    expect(agreed!.kinds.map((k) => k.carriedOut)).toEqual(['not-reported', 'not-reported']);
    // The recorded silence on how far the round 2 exchange was carried out goes with what was agreed.
    expect(agreed!.silences.map((s) => s.id)).toEqual(['round-2-exchange-implementation']);
    expect(result.statuses.slice(1).flatMap((p) => p.silences)).toEqual([]);
  });
});
