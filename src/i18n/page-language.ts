// What a page needs to speak its language: the app's own words (the UI catalog) and the record's words
// (data/translations/<language>.json). Both are chosen by the path before the first render, so the server renders a
// page with them and the browser hydrates with the same; each language's files are their own chunks, so an English
// reader downloads neither, and a Ukrainian reader not the Russian.
import type { Translation } from '../data/translation-schema';
import type { Locale } from './locale';

export type Messages = Record<string, string>;

export interface PageLanguage {
  locale: Locale;
  /** The UI catalog: empty for English, whose words are the defaults in the code. */
  messages: Messages;
  /** The record's words in this language; null for English, the record's own. */
  record: Translation | null;
}

export const ENGLISH: PageLanguage = { locale: 'en', messages: {}, record: null };

async function loadMessages(locale: Locale): Promise<Messages> {
  if (locale === 'uk') return (await import('./uk.json')).default;
  if (locale === 'ru') return (await import('./ru.json')).default;
  return {};
}

/** The record's words in a language, checked against their published format (translation-schema.ts). */
export async function loadRecordTranslation(locale: Exclude<Locale, 'en'>): Promise<Translation> {
  const [{ translationSchema }, json] = await Promise.all([
    import('../data/translation-schema'),
    locale === 'uk' ? import('../../data/translations/uk.json') : import('../../data/translations/ru.json'),
  ]);
  return translationSchema.parse(json.default);
}

export async function loadPageLanguage(locale: Locale): Promise<PageLanguage> {
  if (locale === 'en') return ENGLISH;
  const [messages, record] = await Promise.all([loadMessages(locale), loadRecordTranslation(locale)]);
  return { locale, messages, record };
}
