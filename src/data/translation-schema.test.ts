import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { datasetSchema } from './schema';
import {
  aliasesIn,
  translatableTexts,
  translatedText,
  translationSchema,
  type Translation,
} from './translation-schema';

const dataset = datasetSchema.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../data/dataset.json'), 'utf8')),
);

const file = (entries: Record<string, unknown>) => ({
  format: 'istanbul-talks-2025/translation',
  version: 1,
  language: 'uk',
  entries,
});

test('every field of ours has a key naming its collection, id and field, with its English', () => {
  const texts = translatableTexts(dataset);
  const round3 = dataset.events.find((e) => e.id === 'round-3')!;
  expect(texts.get('events.round-3.title')).toBe(round3.title);
  expect(texts.get('events.round-3.place')).toBe(round3.place);
  expect(texts.get('actors.rustem-umerov.roles.3.title')).toBe(
    dataset.actors.find((a) => a.id === 'rustem-umerov')!.roles[3]!.title,
  );
  expect(texts.get('conflicts.trump-title.claims.former-us-president.claim')).toMatch(/former/);
  expect(texts.has('tracks.humanitarian.label')).toBe(true);
  expect(texts.has('silences.round-1-bodies.topic')).toBe(true);
  expect(texts.has('tallies.round-2-pows.label')).toBe(true);
});

test('the sources’ words have no key: quotes, headlines and a duration’s text stay English', () => {
  const english = [...translatableTexts(dataset).values()];
  const quotes = dataset.events.flatMap((e) => e.citations.map((c) => c.quote));
  const headlines = dataset.sources.map((s) => s.headline);
  const durations = dataset.events.flatMap((e) => (e.duration ? [e.duration.text] : []));
  for (const words of [...quotes, ...headlines, ...durations]) expect(english).not.toContain(words);
  expect([...translatableTexts(dataset).keys()].some((k) => /citations|headline|duration/.test(k))).toBe(false);
});

test('a field the entity leaves out has no key', () => {
  const withoutNote = dataset.tallies.find((t) => t.note === undefined)!;
  expect(translatableTexts(dataset).has(`tallies.${withoutNote.id}.note`)).toBe(false);
});

test('the schema takes the three kinds of entry, each under its own kind of key', () => {
  const parsed = translationSchema.safeParse(
    file({
      'events.round-3.title': { text: 'Третій раунд', en: 'Third round' },
      'actors.rustem-umerov.aliases': { text: ['Умєров', 'Умеров'] },
      'places.istanbul': { text: 'Стамбул', en: 'Istanbul', aliases: ['Істанбул'] },
    }),
  );
  expect(parsed.success).toBe(true);
});

test.each([
  ['a text entry without its English', { 'events.round-3.title': { text: 'Третій раунд' } }],
  ['aliases with an English original', { 'actors.rustem-umerov.aliases': { text: 'Умєров', en: 'Umerov' } }],
  ['aliases on a field other than a place', { 'events.round-3.title': { text: 'А', en: 'A', aliases: ['Б'] } }],
  ['a key that is not a field path', { __proto__x: { text: 'А', en: 'A' } }],
  ['an empty translation', { 'events.round-3.title': { text: '  ', en: 'Third round' } }],
])('the schema rejects %s', (_, entries) => {
  expect(translationSchema.safeParse(file(entries)).success).toBe(false);
});

test('a language the record is not translated into is rejected', () => {
  expect(translationSchema.safeParse({ ...file({}), language: 'de' }).success).toBe(false);
});

test('a reader gets a translation only while it translates the English it stands beside', () => {
  const translation: Translation = translationSchema.parse(
    file({
      'events.round-3.title': { text: 'Третій раунд', en: 'Third round' },
      'actors.rustem-umerov.aliases': { text: ['Умєров', 'Умеров'] },
    }),
  );
  expect(translatedText(translation, 'events.round-3.title', 'Third round')).toBe('Третій раунд');
  expect(translatedText(translation, 'events.round-3.title', 'Third round, revised')).toBeUndefined();
  expect(translatedText(translation, 'events.round-2.title', 'Second round')).toBeUndefined();
  expect(aliasesIn(translation, 'rustem-umerov')).toEqual(['Умєров', 'Умеров']);
  expect(aliasesIn(translation, 'vladimir-medinsky')).toEqual([]);
});
