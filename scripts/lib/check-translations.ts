// The rules `npm run data:check` applies to data/translations/<language>.json, as pure functions over the file's
// text and the parsed dataset, so that tests can feed broken copies. A translation must exist for every field the
// dataset has, translate the English the dataset has now, and carry the same numbers, dates, times, ids and quoted
// English words as its original: our words change language, the facts and the sources' words do not.
import type { Dataset } from '../../src/data/schema';
import {
  aliasKey,
  translatableTexts,
  translationSchema,
  type Translation,
  type TranslationLanguage,
} from '../../src/data/translation-schema';
import { jsonPath, type Problem } from './check-dataset';
import { normaliseForQuote } from './text';

export interface TranslationInput {
  file: string;
  language: TranslationLanguage;
  text: string;
  dataset: Dataset;
}

export interface Stale {
  key: string;
  /** The English the entry translates. */
  was: string;
  /** The English the dataset has now. */
  now: string;
}

export interface TranslationStatus {
  /** Fields with English and no translation in this file, with that English. */
  missing: { key: string; en: string }[];
  stale: Stale[];
  /** Keys that name no field of the dataset. */
  orphans: string[];
  /** Fields of the dataset with a translation that translates their current English. */
  current: number;
  /** Fields of the dataset that need a translation. */
  fields: number;
}

export interface TranslationReport {
  problems: Problem[];
  /** Undefined when the file could not be read as a translation at all. */
  status?: TranslationStatus;
}

const entryPath = (key: string) => `$.entries[${JSON.stringify(key)}]`;

/** A schema issue's path, with an entry's dotted key in brackets: $.entries["events.round-3.title"].text */
function issuePath(path: readonly PropertyKey[]): string {
  const [first, key, ...rest] = path;
  if (first !== 'entries' || typeof key !== 'string') return jsonPath(path);
  return entryPath(key) + jsonPath(rest).slice(1);
}

export function checkTranslation(input: TranslationInput): TranslationReport {
  const problems: Problem[] = [];
  const at = (path: string, message: string) => problems.push({ file: input.file, path, message });
  let raw: unknown;
  try {
    raw = JSON.parse(input.text) as unknown;
  } catch (error) {
    at('$', `is not valid JSON: ${(error as Error).message}`);
    return { problems };
  }
  const parsed = translationSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) at(issuePath(issue.path), issue.message);
    return { problems };
  }
  const translation = parsed.data;
  if (translation.language !== input.language) {
    at('$.language', `is "${translation.language}", but the file is the "${input.language}" translation`);
  }

  const status = translationStatus(input.dataset, translation);
  for (const { key } of status.missing) {
    at(entryPath(key), 'missing: the dataset has English here and this file no translation of it');
  }
  for (const key of status.orphans) at(entryPath(key), 'names no field of the dataset: it has no English original');
  for (const { key } of status.stale) {
    at(entryPath(key), 'the English changed; update the translation (npm run data:translations shows both)');
  }
  for (const actor of input.dataset.actors) {
    const key = aliasKey(actor.id);
    const entry = translation.entries[key];
    if (!entry) at(entryPath(key), "missing: an actor's spellings in this language, or [] when it has none");
    else if (!('en' in entry)) checkAliases(key, entry.text, at);
  }

  const ids = hyphenatedIds(input.dataset);
  const english = translatableTexts(input.dataset);
  const recordEnglish = [...english.values()].join('\n');
  for (const [key, entry] of Object.entries(translation.entries)) {
    if (!('en' in entry)) continue;
    if (key.startsWith('places.')) {
      if (!recordEnglish.includes(entry.en)) at(entryPath(key), `"${entry.en}" occurs nowhere in the record's English`);
    } else if (english.get(key) !== entry.en) continue; // missing, stale and orphans are reported above
    for (const message of factDifferences(entry.en, entry.text, input.language, ids)) at(entryPath(key), message);
  }
  return { problems, status };
}

/** What a file holds against what the dataset needs: the listing `npm run data:translations` prints. */
export function translationStatus(dataset: Dataset, translation: Translation): TranslationStatus {
  const english = translatableTexts(dataset);
  const status: TranslationStatus = { missing: [], stale: [], orphans: [], current: 0, fields: english.size };
  for (const [key, en] of english) {
    const entry = translation.entries[key];
    if (!entry || !('en' in entry)) status.missing.push({ key, en });
    else if (entry.en !== en) status.stale.push({ key, was: entry.en, now: en });
    else status.current += 1;
  }
  const actors = new Set(dataset.actors.map((a) => a.id));
  for (const key of Object.keys(translation.entries)) {
    if (english.has(key) || key.startsWith('places.')) continue;
    const alias = /^actors\.(.+)\.aliases$/.exec(key);
    if (alias && actors.has(alias[1] ?? '')) continue;
    status.orphans.push(key);
  }
  return status;
}

function checkAliases(key: string, aliases: string[], at: (path: string, message: string) => void): void {
  const seen = new Set<string>();
  for (const alias of aliases) {
    const folded = alias.toLocaleLowerCase();
    if (seen.has(folded)) at(entryPath(key), `lists "${alias}" twice`);
    seen.add(folded);
  }
}

/** Every id of the dataset that has a hyphen: a word such as "around" may be a claim id and is prose all the same. */
export function hyphenatedIds(data: Dataset): Set<string> {
  const ids = [
    ...data.sources,
    ...data.tracks,
    ...data.actors,
    ...data.events,
    ...data.tallies,
    ...data.silences,
    ...data.conflicts,
    ...data.conflicts.flatMap((c) => c.claims),
  ].map((item) => item.id);
  return new Set(ids.filter((id) => id.includes('-')));
}

/**
 * The sources' words quoted in our English: in double quotes, or in single quotes that open after a space and close
 * before one (so that the apostrophes of "Reuters' report" and "Trump's" are not quotes).
 */
export function quotedPassages(text: string): string[] {
  const passages: string[] = [];
  const double = /["“]([^"“”]+)["”]/g;
  for (const m of text.matchAll(double)) passages.push(m[1] ?? '');
  const rest = text.replace(double, ' ');
  for (const m of rest.matchAll(/(?<=^|[\s([—–-])['‘](.+?)['’](?=$|[\s.,;:)!?\]—–])/gu)) passages.push(m[1] ?? '');
  return passages.filter((p) => p.trim() !== '');
}

// A word, with the apostrophes and hyphens inside it (Sunday's, п'ятниця, round-3-weekday) but not those around it.
const WORD = /[\p{L}\p{N}]+(?:['’ʼ-][\p{L}\p{N}]+)*/gu;

function tokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Times of day as 24-hour "HH:MM": "8:37 p.m." and "20:37" are the same time. */
export function timesIn(text: string): string[] {
  const times: string[] = [];
  for (const m of text.matchAll(/(?<![\d:])(\d{1,2}):(\d{2})(?!\d)(?:\s*([ap])\.?\s?m\b\.?)?/gi)) {
    let hours = Number(m[1]) % 24;
    if (m[3]?.toLowerCase() === 'p' && hours < 12) hours += 12;
    if (m[3]?.toLowerCase() === 'a' && hours === 12) hours = 0;
    times.push(`${String(hours).padStart(2, '0')}:${m[2]}`);
  }
  return times;
}

const TIME = /(?<![\d:])\d{1,2}:\d{2}(?!\d)(?:\s*[ap]\.?\s?m\b\.?)?/gi;

/**
 * The numbers a text states in digits, as values: "1,200", "1 200" (with any space) and "1200" are all 1200; a
 * date's day and year count; times of day and ids are left to their own comparisons; numbers in words are ignored.
 */
export function numbersIn(text: string, ids: ReadonlySet<string> = new Set()): number[] {
  const withoutIds = tokens(text).some((t) => ids.has(t)) ? text.replace(WORD, (t) => (ids.has(t) ? ' ' : t)) : text;
  const plain = withoutIds.replace(TIME, ' ');
  const numbers: number[] = [];
  for (const m of plain.matchAll(/(?<!\d)\d{1,3}(?:[, \u00a0\u2009\u202f]\d{3})+(?![\d]|[.,]\d)|\d+/g)) {
    numbers.push(Number(m[0].replace(/\D/g, '')));
  }
  return numbers;
}

type WordTable = readonly RegExp[];

// One pattern per month or weekday, matching its forms in each language's grammar (травня, у травні; мая, в мае).
const MONTHS: Record<'en' | TranslationLanguage, WordTable> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ].map((m) => new RegExp(`^${m}$`)),
  uk: [
    'січ(?:ень|ня|ні|нем)',
    'лют(?:ий|ого|ому|им)',
    'берез(?:ень|ня|ні|нем)',
    'квіт(?:ень|ня|ні|нем)',
    'трав(?:ень|ня|ні|нем)',
    'черв(?:ень|ня|ні|нем)',
    'лип(?:ень|ня|ні|нем)',
    'серп(?:ень|ня|ні|нем)',
    'верес(?:ень|ня|ні|нем)',
    'жовт(?:ень|ня|ні|нем)',
    'листопад(?:|а|і|ом|у)',
    'груд(?:ень|ня|ні|нем)',
  ].map((m) => new RegExp(`^${m}$`, 'iu')),
  ru: [
    'январ(?:ь|я|е|ём|ем)',
    'феврал(?:ь|я|е|ём|ем)',
    'март(?:|а|е|ом)',
    'апрел(?:ь|я|е|ем)',
    'ма(?:й|я|е|ем)',
    'июн(?:ь|я|е|ем)',
    'июл(?:ь|я|е|ем)',
    'август(?:|а|е|ом)',
    'сентябр(?:ь|я|е|ём|ем)',
    'октябр(?:ь|я|е|ём|ем)',
    'ноябр(?:ь|я|е|ём|ем)',
    'декабр(?:ь|я|е|ём|ем)',
  ].map((m) => new RegExp(`^${m}$`, 'iu')),
};

const WEEKDAYS: Record<'en' | TranslationLanguage, WordTable> = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map(
    (d) => new RegExp(`^${d}(?:['’]s)?$`),
  ),
  uk: [
    'понеділ(?:ок|ка|ку|ком)',
    'вівтор(?:ок|ка|ку|ком)',
    'серед(?:а|у|и|і|ою)',
    'четвер(?:|га|гу|гом)',
    "п['’ʼ]?ятниц(?:я|ю|і|ею)",
    'субот(?:а|у|и|і|ою)',
    'неділ(?:я|ю|і|ею)',
  ].map((d) => new RegExp(`^${d}$`, 'iu')),
  ru: [
    'понедельник(?:|а|у|ом)',
    'вторник(?:|а|у|ом)',
    'сред(?:а|у|ы|е|ой)',
    'четверг(?:|а|у|ом)',
    'пятниц(?:а|у|ы|е|ей)',
    'суббот(?:а|у|ы|е|ой)',
    'воскресень(?:е|я|ю|ем)',
  ].map((d) => new RegExp(`^${d}$`, 'iu')),
};

const MONTH_NAMES = MONTHS.en.map((re) => re.source.slice(1, -1));
const WEEKDAY_NAMES = WEEKDAYS.en.map((re) => re.source.slice(1, re.source.indexOf('(')));

/** Indexes into a table (0 = January or Monday) of each word that names a month or weekday, in English or `language`. */
function namedIn(text: string, tables: Record<'en' | TranslationLanguage, WordTable>, language: TranslationLanguage) {
  const found: number[] = [];
  for (const token of tokens(text)) {
    for (const table of [tables.en, tables[language]]) {
      const i = table.findIndex((re) => re.test(token));
      if (i >= 0) found.push(i);
    }
  }
  return found;
}

export const monthsIn = (text: string, language: TranslationLanguage) => namedIn(text, MONTHS, language);
export const weekdaysIn = (text: string, language: TranslationLanguage) => namedIn(text, WEEKDAYS, language);

/** What one multiset has that the other lacks, both ways: [missing from `translated`, extra in `translated`]. */
function difference<T>(english: T[], translated: T[]): [T[], T[]] {
  const rest = [...translated];
  const missing: T[] = [];
  for (const value of english) {
    const i = rest.indexOf(value);
    if (i >= 0) rest.splice(i, 1);
    else missing.push(value);
  }
  return [missing, rest];
}

function differs<T>(what: string, english: T[], translated: T[], show: (v: T) => string): string | undefined {
  const [missing, extra] = difference(english, translated);
  if (!missing.length && !extra.length) return undefined;
  const parts = [];
  if (missing.length) parts.push(`the English has ${missing.map(show).join(', ')}, the translation does not`);
  if (extra.length) parts.push(`the translation has ${extra.map(show).join(', ')}, the English does not`);
  return `${what} differs from the English: ${parts.join('; ')}`;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;

/**
 * How a translation's facts differ from its English original: numbers, months, weekdays, times of day, ids, and the
 * quoted English words it must keep verbatim. Empty when they agree.
 */
export function factDifferences(
  english: string,
  translated: string,
  language: TranslationLanguage,
  ids: ReadonlySet<string>,
): string[] {
  const messages = [
    differs('a number', numbersIn(english, ids), numbersIn(translated, ids), String),
    differs('a month', monthsIn(english, language), monthsIn(translated, language), (i) => MONTH_NAMES[i] ?? ''),
    differs(
      'a weekday',
      weekdaysIn(english, language),
      weekdaysIn(translated, language),
      (i) => WEEKDAY_NAMES[i] ?? '',
    ),
    differs('a time of day', timesIn(english), timesIn(translated), String),
    differs(
      'an id',
      tokens(english).filter((t) => ids.has(t)),
      tokens(translated).filter((t) => ids.has(t)),
      (id) => `"${id}"`,
    ),
  ].filter((m) => m !== undefined);
  const englishTokens = new Set(tokens(english));
  const unknown = tokens(translated).filter((t) => SLUG.test(t) && /[a-z]/.test(t) && !englishTokens.has(t));
  if (unknown.length) messages.push(`"${unknown.join('", "')}" looks like an id, and the English has no such word`);
  const kept = normaliseForQuote(translated);
  for (const passage of quotedPassages(english)) {
    if (ids.has(passage)) continue; // an id in quotation marks: compared as an id above
    if (!kept.includes(normaliseForQuote(passage))) {
      messages.push(
        `the English quotes "${passage}": the sources' words stay in English, verbatim, in quotation marks`,
      );
    }
  }
  return messages;
}
