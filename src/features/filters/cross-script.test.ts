// Search across scripts and spellings, on the real record with its real translations: a name typed in Ukrainian or
// Russian, or in another Latin spelling, finds the events its English form finds, on a page in any language.
import { expect, test } from 'vitest';
import ruRaw from '../../../data/translations/ru.json';
import ukRaw from '../../../data/translations/uk.json';
import { chronology } from '../../data/chronology';
import { translationSchema } from '../../data/translation-schema';
import { inLanguage } from '../../i18n/localize-dataset';
import { spellingsFrom } from '../../i18n/search-spellings';
import { realDataset } from '../../testing/real-dataset';
import { actorMatches } from './actor-groups';
import { filterContext, filterEntries, NO_FILTERS } from './filter-model';

const english = realDataset();
const translations = [translationSchema.parse(ukRaw), translationSchema.parse(ruRaw)];
const pages = {
  en: english,
  uk: inLanguage(english, translations[0]!),
  ru: inLanguage(english, translations[1]!),
};

function found(data: typeof english, query: string): string[] {
  const ctx = filterContext(data, spellingsFrom(data, translations));
  return filterEntries(chronology(data), { ...NO_FILTERS, query }, ctx)
    .map((e) => e.event.id)
    .sort();
}

const SAME = [
  ['Umerov', ['Умєров', 'Умеров', 'умеров', 'UMEROV']],
  ['Zelenskyy', ['Zelenskiy', 'Зеленський', 'Зеленский', 'ЗЕЛЕНСЬКИЙ']],
  ['Erdoğan', ['Erdogan', 'erdogan', 'Ердоган', 'Эрдоган']],
  ['Istanbul', ['Стамбул', 'стамбул', 'İstanbul']],
] as const;

test.each(SAME)('on every page, the spellings of %s find the events its English form finds', (name, spellings) => {
  const wanted = found(english, name);
  expect(wanted.length).toBeGreaterThan(0);
  for (const data of Object.values(pages)) {
    for (const spelling of spellings) expect(found(data, spelling), spelling).toEqual(wanted);
  }
});

test('the English form finds the same events on the Ukrainian and Russian pages, whose words are translated', () => {
  for (const [name] of SAME) {
    expect(found(pages.uk, name)).toEqual(found(english, name));
    expect(found(pages.ru, name)).toEqual(found(english, name));
  }
});

test('without the translations loaded, a Cyrillic name finds nothing on the English page; the actor picker too', () => {
  const ctx = filterContext(english);
  expect(filterEntries(chronology(english), { ...NO_FILTERS, query: 'Зеленський' }, ctx)).toEqual([]);
  const zelenskyy = english.actors.find((a) => a.name.includes('Zelensk'))!;
  expect(actorMatches(zelenskyy, 'Зеленський')).toBe(false);
  const elsewhere = spellingsFrom(english, translations).actors.get(zelenskyy.id)!;
  for (const spelling of ['Зеленський', 'Зеленский', 'zelenskiy']) {
    expect(actorMatches(zelenskyy, spelling, elsewhere), spelling).toBe(true);
  }
});
