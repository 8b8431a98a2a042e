import { createIntl } from 'react-intl';
import { expect, test } from 'vitest';
import { formatDate } from '../data/edtf';
import type { Tally } from '../data/schema';
import { dateWordsFor } from './date-words';
import { outcomeWordsFor } from './outcome-words';
import ru from './ru.json';
import uk from './uk.json';

const intlIn = (locale: 'uk' | 'ru', messages: Record<string, string>) =>
  createIntl({ locale, messages, defaultLocale: 'en-GB', timeZone: 'UTC' });

const tally = (count: number, extra: Partial<Tally> = {}) =>
  ({
    count,
    qualifier: 'at-least',
    direction: 'each-side',
    kind: 'prisoners-of-war',
    status: 'agreed',
    ...extra,
  }) as Tally;

test.each([
  ['uk', uk, 1200, 'щонайменше 1 200 військовополонених з кожного боку'],
  ['uk', uk, 2, 'щонайменше 2 військовополонені з кожного боку'],
  ['uk', uk, 1, 'щонайменше 1 військовополонений з кожного боку'],
  ['ru', ru, 1200, 'не менее 1 200 военнопленных с каждой стороны'],
  ['ru', ru, 21, 'не менее 21 военнопленный с каждой стороны'],
] as const)(
  'in %s, %i prisoners of war take their plural form and the number its grouping',
  (lang, messages, n, text) => {
    // Intl groups thousands with a no-break space in these languages; compare with a plain one.
    expect(outcomeWordsFor(intlIn(lang, messages)).figure(tally(n)).replace(/\s/g, ' ')).toBe(text);
  },
);

test('dates are in the language, with its qualifiers, in UTC whatever the machine’s zone', () => {
  const words = dateWordsFor(intlIn('uk', uk));
  const day = Date.UTC(2025, 6, 23, 20, 37);
  const point = { start: day, end: day, precision: 'minute', approximate: true, uncertain: false } as const;
  expect(formatDate({ kind: 'date', from: point, to: point, min: day, max: day }, words)).toBe(
    'близько 23 липня 2025 р., 20:37 за місцевим часом',
  );
  const june2 = Date.UTC(2025, 5, 2);
  const before = { ...point, start: june2, end: june2, precision: 'day', approximate: false } as const;
  expect(
    formatDate({ kind: 'interval', from: null, to: before, min: null, max: june2 }, dateWordsFor(intlIn('ru', ru))),
  ).toBe('не позднее 2 июня 2025 г.');
});
