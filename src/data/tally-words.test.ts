import { expect, test } from 'vitest';
import {
  CARRIED_OUT_WORDS,
  figureText,
  hiddenFiguresText,
  sentencePhrase,
  sourcesLabel,
  tallyPhrase,
} from './tally-words';
import { makeTally } from '../testing/fixture-dataset';

test.each([
  [{ count: 1000, qualifier: 'at-least' }, 'at least 1,000'],
  [{ count: 6000, qualifier: 'about' }, 'about 6,000'],
  [{ count: 3000, qualifier: 'exact' }, '3,000'],
  [{ count: null, qualifier: 'all' }, 'all'],
  [{ count: null, qualifier: 'not-given' }, 'number not given'],
  [{ count: 19000, qualifier: 'at-least' }, 'at least 19,000'],
] as const)('%j reads "%s", in words', (figure, words) => {
  expect(figureText(figure)).toBe(words);
});

test('a hidden figure is said to be hidden by the filters, never to be missing from the sources', () => {
  expect(hiddenFiguresText(1)).toBe('1 figure hidden by the current filters');
  expect(hiddenFiguresText(3, true)).toBe('3 more figures hidden by the current filters');
  expect(hiddenFiguresText(2)).not.toMatch(/not reported|sources/);
});

test('an agreed figure without a report of its carrying out is never said not to have been carried out', () => {
  expect(CARRIED_OUT_WORDS['not-reported']).toBe('the sources do not say it was carried out');
  for (const words of Object.values(CARRIED_OUT_WORDS)) {
    expect(words).not.toMatch(/\b(was|were|has|have) not (yet )?(been )?carried out|not yet carried out/);
  }
  expect(CARRIED_OUT_WORDS.hidden).toMatch(/hidden by the current filters/);
});

test('a phrase carries the direction, or the group for "all", and never invents a number', () => {
  expect(tallyPhrase(makeTally({ id: 'a', count: 1000, qualifier: 'at-least' }))).toBe('at least 1,000 each side');
  expect(tallyPhrase(makeTally({ id: 'b', count: 3000, direction: 'to-ukraine', status: 'offered' }))).toBe(
    '3,000 to Ukraine',
  );
  expect(
    tallyPhrase(
      makeTally({ id: 'c', count: null, qualifier: 'all', label: 'soldiers under 25', direction: 'not-given' }),
    ),
  ).toBe('all soldiers under 25');
  expect(tallyPhrase(makeTally({ id: 'd', count: null, qualifier: 'not-given' }))).toBe('number not given');
  expect(tallyPhrase(makeTally({ id: 'e', count: 339, direction: 'not-given' }))).toBe('339');
});

test('the sources button names the figure, what is counted and the round', () => {
  expect(sourcesLabel(makeTally({ id: 'a', round: 3, count: 1200, qualifier: 'at-least' }))).toBe(
    'Sources for at least 1,200 prisoners of war, round 3',
  );
  expect(sourcesLabel(makeTally({ id: 'b', count: null, qualifier: 'not-given', label: 'prisoners swapped' }))).toBe(
    'Sources for prisoners swapped (number not given), round 2',
  );
  expect(sourcesLabel(makeTally({ id: 'c', count: null, qualifier: 'all', label: 'soldiers under 25' }))).toBe(
    'Sources for all soldiers under 25, round 2',
  );
});

test.each([
  [{ count: 1200, qualifier: 'at-least' }, 'at least 1,200 prisoners of war from each side'],
  [{ count: 1, direction: 'to-russia', status: 'offered' }, '1 prisoner of war to Russia'],
  [{ kind: 'bodies', count: 6000, qualifier: 'about' }, 'about 6,000 bodies from each side'],
  [{ kind: 'bodies', count: 3000, direction: 'to-ukraine', status: 'offered' }, '3,000 bodies to Ukraine'],
  [{ kind: 'civilians', count: 40, direction: 'not-given', status: 'carried-out' }, '40 civilians'],
  [{ count: null, qualifier: 'all', direction: 'not-given', label: 'soldiers under 25' }, 'all soldiers under 25'],
  [{ count: null, qualifier: 'all', label: 'the wounded' }, 'all the wounded from each side'],
  [
    { kind: 'civilians', count: null, qualifier: 'not-given', label: 'civilian detainees' },
    'civilian detainees from each side (number not given)',
  ],
  [
    { count: null, qualifier: 'not-given', direction: 'not-given', label: 'prisoners swapped' },
    'prisoners swapped (number not given)',
  ],
  [
    { kind: 'children', count: 339, direction: 'not-given', status: 'claimed', label: 'children on a list' },
    '339 children on a list',
  ],
] as const)('in a sentence, %j reads "%s"', (overrides, words) => {
  expect(sentencePhrase(makeTally({ id: 'x', ...overrides }))).toBe(words);
});
