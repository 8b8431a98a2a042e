import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { datasetSchema, type Dataset } from '../../src/data/schema';
import type { Translation, TranslationLanguage } from '../../src/data/translation-schema';
import {
  checkTranslation,
  factDifferences,
  monthsIn,
  numbersIn,
  quotedPassages,
  timesIn,
  weekdaysIn,
} from './check-translations';

const root = join(import.meta.dirname, '../..');
const datasetText = readFileSync(join(root, 'data/dataset.json'), 'utf8');
const dataset = datasetSchema.parse(JSON.parse(datasetText));
const fileText = (language: TranslationLanguage) =>
  readFileSync(join(root, `data/translations/${language}.json`), 'utf8');

function check(language: TranslationLanguage, text = fileText(language), data: Dataset = dataset) {
  return checkTranslation({ file: `data/translations/${language}.json`, language, text, dataset: data });
}

/** Runs the check on a copy of the real Ukrainian file after `breakIt` has damaged it. */
function checkBroken(breakIt: (t: Translation) => void, data: Dataset = dataset) {
  const translation = JSON.parse(fileText('uk')) as Translation;
  breakIt(translation);
  return check('uk', JSON.stringify(translation), data).problems;
}

/** Replaces words in one entry's text, failing the test if they are not there (so it cannot pass vacuously). */
function edit(t: Translation, key: string, from: string | RegExp, to: string): void {
  const entry = t.entries[key];
  if (!entry || typeof entry.text !== 'string') throw new Error(`no text entry ${key}`);
  const changed = entry.text.replace(from, to);
  if (changed === entry.text) throw new Error(`"${String(from)}" is not in ${key}: ${entry.text}`);
  entry.text = changed;
}

const at = (key: string) => `$.entries[${JSON.stringify(key)}]`;

test.each(['uk', 'ru'] as const)('the real %s translation passes and covers every field', (language) => {
  const { problems, status } = check(language);
  expect(problems).toEqual([]);
  expect(status?.current).toBe(status?.fields);
  expect(status?.fields).toBeGreaterThan(250);
});

describe('each kind of damage is caught with the file, the key and the problem', () => {
  test('a field with no translation', () => {
    const problems = checkBroken((t) => delete t.entries['events.round-3.title']);
    expect(problems).toEqual([
      {
        file: 'data/translations/uk.json',
        path: at('events.round-3.title'),
        message: expect.stringMatching(/^missing: the dataset has English here/),
      },
    ]);
  });

  test('a new field in the dataset that has no translation yet', () => {
    const data = structuredClone(dataset);
    data.tallies.find((x) => x.id === 'round-3-bodies')!.note = 'A new note.';
    expect(checkBroken(() => {}, data)).toEqual([
      expect.objectContaining({ path: at('tallies.round-3-bodies.note'), message: expect.stringMatching(/^missing/) }),
    ]);
  });

  test.each([
    ['an event that does not exist', 'events.no-such-event.title'],
    ['a field events do not have', 'events.round-3.headline'],
    ['a role index past the last role', 'actors.rustem-umerov.roles.9.title'],
    ['a claim the conflict does not have', 'conflicts.trump-title.claims.nobody.claim'],
    ['an optional field the entity leaves out', 'tallies.round-3-bodies.note'],
  ])('an entry with no English original: %s', (_, key) => {
    const problems = checkBroken((t) => {
      t.entries[key] = { text: 'Щось', en: 'Something' };
    });
    expect(problems).toEqual([
      {
        file: 'data/translations/uk.json',
        path: at(key),
        message: 'names no field of the dataset: it has no English original',
      },
    ]);
  });

  test('aliases of an actor that does not exist', () => {
    const problems = checkBroken((t) => {
      t.entries['actors.nobody.aliases'] = { text: ['Ніхто'] };
    });
    expect(problems).toEqual([expect.objectContaining({ path: at('actors.nobody.aliases') })]);
  });

  test('an English original that has changed since the translation', () => {
    const data = structuredClone(dataset);
    data.events.find((e) => e.id === 'round-3')!.title = 'Third round of direct talks, Istanbul';
    expect(checkBroken(() => {}, data)).toEqual([
      {
        file: 'data/translations/uk.json',
        path: at('events.round-3.title'),
        message: expect.stringMatching(/^the English changed; update the translation/),
      },
    ]);
  });

  test('a number that differs from the English', () => {
    const problems = checkBroken((t) =>
      edit(t, 'events.round-3-pow-exchange-agreed.title', '1\u00a0200', '1\u00a0300'),
    );
    expect(problems).toEqual([
      {
        file: 'data/translations/uk.json',
        path: at('events.round-3-pow-exchange-agreed.title'),
        message:
          'a number differs from the English: the English has 1200, the translation does not; the translation has 1300, the English does not',
      },
    ]);
  });

  test('a number left out', () => {
    const problems = checkBroken((t) => edit(t, 'events.crimea-annexation.summary', 'у 2014 році', 'тоді'));
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: at('events.crimea-annexation.summary'),
        message: expect.stringContaining('the English has 2014'),
      }),
    );
  });

  test('thousands written as each language writes them are the same number', () => {
    for (const written of ['1200', '1 200', '1\u202f200', '1,200']) {
      const problems = checkBroken((t) => edit(t, 'events.round-3-pow-exchange-agreed.title', '1\u00a0200', written));
      expect(problems, written).toEqual([]);
    }
  });

  test('a day of a date that differs', () => {
    const problems = checkBroken((t) => edit(t, 'silences.round-1-time-of-day.note', '16 травня', '17 травня'));
    expect(problems).toEqual([
      expect.objectContaining({
        path: at('silences.round-1-time-of-day.note'),
        message: expect.stringMatching(/^a number differs/),
      }),
    ]);
  });

  test('a month that differs', () => {
    const problems = checkBroken((t) => edit(t, 'silences.round-1-time-of-day.note', '16 травня', '16 червня'));
    expect(problems).toEqual([
      {
        file: 'data/translations/uk.json',
        path: at('silences.round-1-time-of-day.note'),
        message:
          'a month differs from the English: the English has May, the translation does not; the translation has June, the English does not',
      },
    ]);
  });

  test('a weekday that differs', () => {
    const problems = checkBroken((t) =>
      edit(t, 'conflicts.round-3-weekday.claims.wednesday.claim', 'в середу', 'в четвер'),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        path: at('conflicts.round-3-weekday.claims.wednesday.claim'),
        message: expect.stringMatching(/^a weekday differs from the English: the English has Wednesday/),
      }),
    ]);
  });

  test('a time of day that differs, while 8:37 p.m. and 20:37 agree', () => {
    const problems = checkBroken((t) => edit(t, 'silences.round-3-end-time.note', '20:37', '20:47'));
    expect(problems).toEqual([
      expect.objectContaining({
        path: at('silences.round-3-end-time.note'),
        message: expect.stringContaining('a time of day differs from the English: the English has 20:37'),
      }),
    ]);
  });

  test('an id that is left out or misspelt', () => {
    // The record's notes no longer name ids; one that did, with its translation, and then a misspelt copy.
    const key = 'events.round-3.dateNote';
    const data = structuredClone(dataset);
    const round3 = data.events.find((e) => e.id === 'round-3')!;
    round3.dateNote = `${round3.dateNote} See 'round-3-weekday'.`;
    const problems = checkBroken((t) => {
      const entry = t.entries[key] as { text: string; en: string };
      entry.en = round3.dateNote!;
      entry.text = `${entry.text} Див. 'round-3-weekday'.`;
      edit(t, key, "'round-3-weekday'", "'round-3-weekdy'");
    }, data);
    const messages = problems.filter((p) => p.path === at('events.round-3.dateNote')).map((p) => p.message);
    expect(messages).toContain(
      'an id differs from the English: the English has "round-3-weekday", the translation does not',
    );
    expect(messages).toContain('"round-3-weekdy" looks like an id, and the English has no such word');
  });

  test('words the English quotes that the translation translates instead of keeping', () => {
    const problems = checkBroken((t) => edit(t, 'events.zelenskyy-empty-talk-sanctions.title', '"empty talk" ', ''));
    expect(problems).toEqual([
      {
        file: 'data/translations/uk.json',
        path: at('events.zelenskyy-empty-talk-sanctions.title'),
        message: 'the English quotes "empty talk": the sources\' words stay in English, verbatim, in quotation marks',
      },
    ]);
  });

  test('an actor with no list of spellings, and a spelling listed twice', () => {
    const problems = checkBroken((t) => {
      delete t.entries['actors.vladimir-medinsky.aliases'];
      t.entries['actors.rustem-umerov.aliases'] = { text: ['Умєров', 'умєров'] };
    });
    expect(problems).toEqual([
      expect.objectContaining({ path: at('actors.rustem-umerov.aliases'), message: 'lists "умєров" twice' }),
      expect.objectContaining({
        path: at('actors.vladimir-medinsky.aliases'),
        message: expect.stringMatching(/^missing/),
      }),
    ]);
  });

  test('an entry of the wrong shape for its key', () => {
    const problems = checkBroken((t) => {
      t.entries['actors.rustem-umerov.aliases'] = { text: 'Умєров', en: 'Umerov' };
    });
    expect(problems).toEqual([
      expect.objectContaining({
        path: at('actors.rustem-umerov.aliases'),
        message: expect.stringContaining('no "en"'),
      }),
    ]);
  });

  test('a place the record does not name', () => {
    const problems = checkBroken((t) => {
      t.entries['places.kharkiv'] = { text: 'Харків', en: 'Kharkiv' };
    });
    expect(problems).toEqual([
      expect.objectContaining({
        path: at('places.kharkiv'),
        message: '"Kharkiv" occurs nowhere in the record\'s English',
      }),
    ]);
  });

  test('a file that says it is another language', () => {
    const problems = checkBroken((t) => {
      t.language = 'ru';
    });
    expect(problems).toEqual([expect.objectContaining({ path: '$.language' })]);
  });

  test('a file that is not JSON', () => {
    expect(check('uk', '{ "entries": ').problems).toEqual([
      { file: 'data/translations/uk.json', path: '$', message: expect.stringMatching(/^is not valid JSON/) },
    ]);
  });
});

describe('the facts compared', () => {
  test.each([
    ['1,200 and 1 200 and 1\u00a0200 and 1\u202f200 and 1200', [1200, 1200, 1200, 1200, 1200]],
    ['7 May 2025, the nearly 3-1/2-year-old war', [7, 2025, 3, 1, 2]],
    ['below $50 a barrel; File 004', [50, 4]],
    ['24–48 hours; 24 to 48 hours', [24, 48, 24, 48]],
    ['began at 8:37 p.m. local time', []],
    ['three days and some six thousand', []],
    ['Sunday, July 27, 2025', [27, 2025]],
  ])('numbers in "%s"', (text, numbers) => {
    expect(numbersIn(text)).toEqual(numbers);
  });

  test('ids are not read as numbers', () => {
    expect(numbersIn("conflict 'round-3-weekday' of round 3", new Set(['round-3-weekday']))).toEqual([3]);
  });

  test.each([
    ['8:37 p.m.', ['20:37']],
    ['20:37', ['20:37']],
    ['12:05 a.m. and 12:30 p.m.', ['00:05', '12:30']],
  ])('times of day in "%s"', (text, times) => {
    expect(timesIn(text)).toEqual(times);
  });

  test.each([
    ['uk', 'у травні, 7 травня, травень; лютого і в лютому', [4, 4, 4, 1, 1]],
    ['ru', 'в мае, 7 мая, май; февраля и в феврале', [4, 4, 4, 1, 1]],
    ['uk', "quoted 'May 16 and June 2' beside 2 червня", [4, 5, 5]],
    ['ru', 'может, майка, травы: no month here', []],
  ] as const)('months in %s "%s"', (language, text, months) => {
    expect(monthsIn(text, language)).toEqual(months);
  });

  test.each([
    ['uk', "у середу, середою, у вівторок, у неділю, п’ятниця, Sunday's", [2, 2, 1, 6, 4, 6]],
    ['ru', 'в среду, средой, во вторник, в воскресенье, в пятницу', [2, 2, 1, 6, 4]],
    ['uk', 'серед інших, середина, неділима', []],
    ['ru', 'среди прочих, неделя', []],
  ] as const)('weekdays in %s "%s"', (language, text, days) => {
    expect(weekdaysIn(text, language)).toEqual(days);
  });

  test('quoted passages, but not the apostrophes of possessives', () => {
    expect(
      quotedPassages(`Reuters' report says 'on Wednesday'; Trump's "dictator 'without' elections" and ‘former’.`),
    ).toEqual(["dictator 'without' elections", 'on Wednesday', 'former']);
  });

  test('a translation that agrees with its English has no differences', () => {
    expect(
      factDifferences(
        "'said on Saturday' in the Reuters article datelined MOSCOW, July 26 (2025); 'three days after' the 23 July talks.",
        "'said on Saturday' у статті Reuters, датованій 26 липня (2025) у Москві; 'three days after' переговорів 23 липня.",
        'uk',
        new Set(),
      ),
    ).toEqual([]);
  });
});
