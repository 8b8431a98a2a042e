// The published format of the record's own words in another language: data/translations/<language>.json, one file
// per language so that a reader downloads only the page's own. Each entry names one field of the dataset by key and
// keeps the English it translates beside it, so that `npm run data:check` sees when the English has changed since.
// Quotes, headlines and a duration's text are the sources' words: they are never translated and have no key here.
import * as z from 'zod/mini';
import type { Dataset } from './schema';

z.config({ jitless: true });

/** A description for the generated JSON Schema, registered on a copy so that no check runs on every value. */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, { description });
  return copy;
}

export const TRANSLATION_FORMAT = 'istanbul-talks-2025/translation';
export const TRANSLATION_VERSION = 1;
export const TRANSLATION_LANGUAGES = ['uk', 'ru'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

const nonEmpty = z.string().check(z.trim(), z.minLength(1));

// A dotted path of slugs and field names; "__proto__" and other odd keys cannot match it.
const keySchema = z
  .string()
  .check(
    z.regex(
      /^[a-z]+\.[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[A-Za-z0-9]+(?:-[a-z0-9]+)*)*$/,
      'must be a key such as "events.round-3.title" or "actors.rustem-umerov.roles.0.title"',
    ),
  );

const englishSchema = described(
  z.string().check(z.minLength(1)),
  'the English this translates, exactly as the dataset has it now; when the dataset changes, the check calls the entry stale',
);

/** A field of the dataset in this language (`text`) beside its English original (`en`). */
export const translatedTextSchema = z.strictObject({
  text: described(nonEmpty, "our words in the file's language; quoted English words stay English, verbatim"),
  en: englishSchema,
});

/** `actors.<id>.aliases`: the actor's spellings in this language's script, so that a search in it finds the actor. */
export const aliasListSchema = z.strictObject({
  text: described(z.array(nonEmpty), "spellings in the language's script, every one in use (Умєров, Умеров)"),
});

/** `places.<slug>`: a place the record's English names, in this language, for search. */
export const placeNameSchema = z.strictObject({
  text: nonEmpty,
  en: described(z.string().check(z.minLength(1)), "the place's name as the record's English writes it"),
  aliases: described(z.optional(z.array(nonEmpty)), 'other spellings or forms in use in this language'),
});

const entrySchema = z.union([translatedTextSchema, placeNameSchema, aliasListSchema]);

export const translationSchema = z.strictObject({
  $schema: z.optional(z.string()),
  format: z.literal(TRANSLATION_FORMAT),
  version: z.literal(TRANSLATION_VERSION),
  language: described(z.enum(TRANSLATION_LANGUAGES), 'BCP 47 code of the language; the file is named after it'),
  entries: described(
    z.record(keySchema, entrySchema).check(
      z.superRefine((entries, ctx) => {
        for (const [key, entry] of Object.entries(entries)) {
          const wanted = entryKindOf(key);
          const actual = 'en' in entry ? ('aliases' in entry ? 'place' : 'text') : 'aliases';
          if (wanted === actual || (wanted === 'place' && actual === 'text')) continue;
          ctx.addIssue({ code: 'custom', path: [key], message: ENTRY_SHAPES[wanted] });
        }
      }),
    ),
    'one entry per translated field, keyed "<collection>.<id>.<field>"; see README.md, "Translations of the record"',
  ),
});

const ENTRY_SHAPES = {
  text: 'must be { "text": "<translation>", "en": "<the English it translates>" }',
  aliases: 'an actor\'s aliases must be { "text": ["<spelling>", …] }, with no "en"',
  place: 'must be { "text": "<name>", "en": "<the English name>" }, with optional "aliases"',
} as const;

function entryKindOf(key: string): keyof typeof ENTRY_SHAPES {
  if (key.startsWith('places.')) return 'place';
  if (key.startsWith('actors.') && key.endsWith('.aliases')) return 'aliases';
  return 'text';
}

export type Translation = z.infer<typeof translationSchema>;
export type TranslationEntry = z.infer<typeof entrySchema>;

/** The key of an actor's list of spellings in a language. */
export const aliasKey = (actorId: string) => `actors.${actorId}.aliases`;

/**
 * Every field of the dataset that is ours to translate, by key, with its English, in the dataset's order. Empty
 * optional fields have nothing to translate and no key. This is the one list of what a translation file must hold.
 */
export function translatableTexts(data: Dataset): Map<string, string> {
  const texts = new Map<string, string>();
  const add = (key: string, english: string | undefined) => {
    if (english !== undefined && english.trim() !== '') texts.set(key, english);
  };
  for (const t of data.tracks) {
    add(`tracks.${t.id}.label`, t.label);
    add(`tracks.${t.id}.description`, t.description);
  }
  for (const a of data.actors) {
    add(`actors.${a.id}.name`, a.name);
    a.roles.forEach((r, i) => {
      add(`actors.${a.id}.roles.${i}.title`, r.title);
      add(`actors.${a.id}.roles.${i}.note`, r.note);
    });
  }
  for (const e of data.events) {
    add(`events.${e.id}.title`, e.title);
    add(`events.${e.id}.summary`, e.summary);
    add(`events.${e.id}.dateNote`, e.dateNote);
    add(`events.${e.id}.place`, e.place);
  }
  for (const t of data.tallies) {
    add(`tallies.${t.id}.label`, t.label);
    add(`tallies.${t.id}.note`, t.note);
  }
  for (const s of data.silences) {
    add(`silences.${s.id}.topic`, s.topic);
    add(`silences.${s.id}.note`, s.note);
  }
  for (const c of data.conflicts) {
    add(`conflicts.${c.id}.topic`, c.topic);
    for (const claim of c.claims) add(`conflicts.${c.id}.claims.${claim.id}.claim`, claim.claim);
    add(`conflicts.${c.id}.reason`, c.reason);
  }
  return texts;
}

/** A field's words in a language, or undefined when the file has no current translation of it. */
export function translatedText(translation: Translation, key: string, english: string): string | undefined {
  const entry = translation.entries[key];
  return entry && 'en' in entry && entry.en === english ? entry.text : undefined;
}

/** An actor's spellings in a language (empty when the file lists none). */
export function aliasesIn(translation: Translation, actorId: string): string[] {
  const entry = translation.entries[aliasKey(actorId)];
  return entry && !('en' in entry) ? entry.text : [];
}
