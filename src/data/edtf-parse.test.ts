import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { dateIn, formatTimeOfDay, htmlDateTime } from './edtf';
import { dateTableFor, formatEdtf, isValidEdtf, resolveEdtf, withDates } from './edtf-parse';
import { datasetSchema } from './schema';
import { fixtureDataset } from '../testing/fixture-dataset';

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
    ['/2025-06-02', 'some time before 2 June 2025'],
    ['2025-06-02/', 'some time after 2 June 2025'],
  ])('%s → %s', (edtf, words) => {
    expect(formatEdtf(edtf)).toBe(words);
  });
});

test.each([
  ['2025-07-23T20:37', {}, '20:37 local time'],
  ['2025-07-23T09:05', { approximate: true }, 'about 09:05 local time'],
  ['2025-07-23T20:37', { uncertain: true }, 'possibly 20:37 local time'],
  ['2025-07-23', {}, null],
  ['2025-07', {}, null],
])('the time of day of %s %j reads %j', (edtf, qualifiers, words) => {
  const from = resolveEdtf(edtf)?.from;
  expect(from).toBeTruthy();
  expect(formatTimeOfDay({ ...from!, ...qualifiers })).toBe(words);
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

  const day = fc.date({
    min: new Date(Date.UTC(1900, 0, 1)),
    max: new Date(Date.UTC(2100, 11, 31)),
    noInvalidDate: true,
  });
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

describe('the dates table', () => {
  test('holds each date string the dataset uses once, with the bounds the parser gives', () => {
    const data = fixtureDataset();
    const { dates, invalid } = dateTableFor(data);
    expect(invalid).toEqual([]);
    const used = new Set([
      ...data.events.flatMap((e) => [e.date, ...(e.end ? [e.end] : [])]),
      ...data.actors.flatMap((a) => a.roles.map((r) => r.held)),
      ...data.sources.flatMap((s) => (s.published ? [s.published] : [])),
    ]);
    expect(Object.keys(dates).sort()).toEqual([...used].sort());
    for (const value of used) expect(dateIn(dates, value)).toEqual(resolveEdtf(value));
  });

  test('names every place a date is not valid EDTF', () => {
    const data = fixtureDataset();
    data.events[1]!.date = '2025-02-30';
    data.actors[1]!.roles[0]!.held = 'June';
    expect(dateTableFor(data).invalid).toEqual([
      { path: ['actors', 1, 'roles', 0, 'held'], value: 'June' },
      { path: ['events', 1, 'date'], value: '2025-02-30' },
    ]);
    expect(() => withDates(data)).toThrow(/actors.1.roles.0.held: "June" is not a valid EDTF date/);
  });

  test('the schema refuses a date string that has no entry, and a key that is not EDTF', () => {
    const data = fixtureDataset();
    data.events[0]!.date = '2025-07-24';
    const missing = datasetSchema.safeParse(data);
    expect(missing.error?.issues).toEqual([
      expect.objectContaining({ path: ['events', 0, 'date'], message: expect.stringContaining('npm run data:dates') }),
    ]);
    const withKey = (key: string) => {
      const text = JSON.stringify(fixtureDataset()).replace('"dates":{', `"dates":{${JSON.stringify(key)}:{},`);
      return datasetSchema.safeParse(JSON.parse(text));
    };
    expect(withKey('<img src=x>').success).toBe(false);
    // zod drops a "__proto__" key rather than copying it, so the table's prototype stays Object's.
    const proto = withKey('__proto__');
    expect(Object.getPrototypeOf(proto.data?.dates)).toBe(Object.prototype);
    expect(Object.hasOwn(proto.data?.dates ?? {}, '__proto__')).toBe(false);
  });

  test('a look-up never answers from the object prototype', () => {
    expect(dateIn(fixtureDataset().dates, 'constructor')).toBeNull();
    expect(dateIn(fixtureDataset().dates, 'toString')).toBeNull();
  });
});
