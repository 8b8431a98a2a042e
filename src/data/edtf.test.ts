import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatEdtf, htmlDateTime, isValidEdtf, resolveEdtf } from './edtf';

describe('formatEdtf shows each precision in words', () => {
  test.each([
    ['2025-05-16', '16 May 2025'],
    ['2025-04', 'April 2025'],
    ['2014', '2014'],
    ['2022~', 'about 2022'],
    ['2025-05-26~', 'about 26 May 2025'],
    ['2025-06-02?', 'possibly 2 June 2025'],
    ['2025-07-23T20:37', '23 July 2025, 20:37 local time'],
    ['2025-06-20/2025-06-30', '20 June 2025 – 30 June 2025'],
    ['/2025-06-02', 'by 2 June 2025 (start not given)'],
  ])('%s → %s', (edtf, words) => {
    expect(formatEdtf(edtf)).toBe(words);
  });
});

test('bounds cover the whole of a month and a day', () => {
  const month = resolveEdtf('2025-04');
  expect(month?.min).toBe(Date.UTC(2025, 3, 1));
  expect(month?.max).toBe(Date.UTC(2025, 4, 1) - 1);
  const day = resolveEdtf('2025-07-23');
  expect(day?.max).toBe(Date.UTC(2025, 6, 24) - 1);
});

test('an interval with an unknown start is open on that side', () => {
  const open = resolveEdtf('/2025-06-02');
  expect(open).toMatchObject({ kind: 'interval', from: null, min: null, max: Date.UTC(2025, 5, 3) - 1 });
});

test('a stated offset is kept; a wall-clock time has none', () => {
  expect(resolveEdtf('2025-07-23T20:37+03:00')?.from?.offsetMinutes).toBe(180);
  expect(resolveEdtf('2025-07-23T20:37')?.from?.offsetMinutes).toBeUndefined();
});

test.each(['2025-13', '2025-02-30', 'May 16', '', '2025-07-01/2025-06-01', 'not a date'])('%j is rejected', (bad) => {
  expect(isValidEdtf(bad)).toBe(false);
});

test('htmlDateTime gives a valid <time> value per precision and none for intervals', () => {
  expect(htmlDateTime(resolveEdtf('2025-04')!)).toBe('2025-04');
  expect(htmlDateTime(resolveEdtf('2025-07-23T20:37')!)).toBe('2025-07-23T20:37');
  expect(htmlDateTime(resolveEdtf('2025-06-20/2025-06-30')!)).toBeUndefined();
});

describe('properties', () => {
  test('no string makes the date handling throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (raw) => {
        const date = resolveEdtf(raw);
        formatEdtf(raw);
        if (date) expect(formatEdtf(raw)).not.toBe('');
      }),
    );
  });

  const day = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true });
  const iso = (d: Date) => d.toISOString().slice(0, 10);

  test('every real calendar day resolves to exactly that day', () => {
    fc.assert(
      fc.property(day, fc.constantFrom('', '~', '?'), (d, qualifier) => {
        const date = resolveEdtf(`${iso(d)}${qualifier}`)!;
        const start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
        expect(date.min).toBe(start);
        expect(date.max).toBe(start + 86_400_000 - 1);
        expect(date.from?.approximate).toBe(qualifier === '~');
      }),
    );
  });

  test('an interval covers both ends, and a reversed one is refused', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [first, last] = a <= b ? [a, b] : [b, a];
        const date = resolveEdtf(`${iso(first)}/${iso(last)}`)!;
        expect(date.min!).toBeLessThanOrEqual(date.max!);
        if (iso(first) !== iso(last)) expect(resolveEdtf(`${iso(last)}/${iso(first)}`)).toBeNull();
      }),
    );
  });
});
