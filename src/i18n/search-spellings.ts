// Search in any script: what the search box and the actor picker match beyond the words on the page. Every event also
// answers to its words in the other languages and to the names it mentions in every spelling the translations list
// ("Зеленський", "Зеленский", "Стамбул"); every actor to its names in every language. Built from the record's
// translations, which load only once a reader searches (an English reader who never does downloads neither).
import { useEffect, useState } from 'react';
import type { Dataset } from '../data/schema';
import { aliasesIn, type Translation } from '../data/translation-schema';
import { fold } from '../lib/text-match';
import { loadRecordTranslation } from './page-language';

export interface Spellings {
  /** Per actor id: its names in every language. */
  actors: ReadonlyMap<string, readonly string[]>;
  /** Per event id: its words in every language, and the names of whom and where it mentions, in every spelling. */
  events: ReadonlyMap<string, readonly string[]>;
}

interface Named {
  /** The spellings an English text may name it by. */
  english: string[];
  all: string[];
}

/** `data` may be in any language: each field's English is taken from the translations, where they have it. */
export function spellingsFrom(data: Dataset, translations: readonly Translation[]): Spellings {
  const english = (key: string, shown: string) => {
    for (const t of translations) {
      const entry = t.entries[key];
      if (entry && 'en' in entry) return entry.en;
    }
    return shown;
  };
  const texts = (key: string) =>
    translations.flatMap((t) => {
      const entry = t.entries[key];
      return entry && 'en' in entry ? [entry.text] : [];
    });

  const actors = new Map<string, string[]>();
  const named: Named[] = [];
  for (const a of data.actors) {
    const key = `actors.${a.id}.name`;
    const all = unique([
      english(key, a.name),
      a.name,
      ...a.aliases,
      ...texts(key),
      ...translations.flatMap((t) => aliasesIn(t, a.id)),
    ]);
    actors.set(a.id, all);
    named.push({ english: [english(key, a.name), ...a.aliases], all });
  }
  const places = new Map<string, Named>();
  for (const t of translations) {
    for (const [key, entry] of Object.entries(t.entries)) {
      if (!key.startsWith('places.') || !('en' in entry)) continue;
      const place = places.get(key) ?? { english: [entry.en], all: [entry.en] };
      place.all.push(entry.text, ...('aliases' in entry ? (entry.aliases ?? []) : []));
      places.set(key, place);
    }
  }
  named.push(...places.values());
  const foldedNames = named.map((n) => ({ english: n.english.map(fold).filter((s) => s.length > 2), all: n.all }));

  const events = new Map<string, string[]>();
  for (const e of data.events) {
    const fields = ['title', 'summary', 'place'] as const;
    const englishTexts = fields.flatMap((field) => {
      const shown = e[field];
      return shown === undefined ? [] : [english(`events.${e.id}.${field}`, shown)];
    });
    const translated = fields.flatMap((field) => texts(`events.${e.id}.${field}`));
    const haystack = fold([...englishTexts, ...e.citations.map((c) => c.quote)].join('\n'));
    const mentioned = foldedNames.filter((n) => n.english.some((s) => haystack.includes(s))).flatMap((n) => n.all);
    events.set(e.id, unique([...englishTexts, ...translated, ...mentioned]));
  }
  return { actors, events };
}

const unique = (items: string[]) => [...new Set(items)];

let translations: Promise<Translation[]> | null = null;

/** Both translations, loaded once for the page's life; null until they are here or while not `wanted`. */
export function useSearchTranslations(wanted: boolean): readonly Translation[] | null {
  const [loaded, setLoaded] = useState<readonly Translation[] | null>(null);
  useEffect(() => {
    if (!wanted || loaded) return;
    let live = true;
    translations ??= Promise.all([loadRecordTranslation('uk'), loadRecordTranslation('ru')]);
    // Without them the search still finds what the page's own words hold.
    translations.then((t) => live && setLoaded(t)).catch(() => {});
    return () => {
      live = false;
    };
  }, [wanted, loaded]);
  return loaded;
}
