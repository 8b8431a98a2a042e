// The published, versioned format of the curated dataset (data/dataset.json). The app parses the fetched file with
// `datasetSchema`; `npm run data:check` uses the same schema before checking quotes and references; the JSON Schema in
// data/dataset.schema.json is generated from it (`npm run data:schema`) and a test fails when the two drift.
import * as z from 'zod/mini';
import { datedValues } from './dated-values';
import { TALLY_KINDS } from './tally-kinds';

// zod's mini build: the same parser with a functional API, a fifth of the code to download and evaluate before the
// list can show.
// zod would otherwise probe `new Function` to compile fast parsers; the app's Content Security Policy forbids eval,
// so the probe is a reported violation. Parsing one small dataset does not need the speed.
z.config({ jitless: true });

/**
 * The schema with a description for the generated JSON Schema. Registered on a copy rather than added as a check
 * (zod/mini's `z.describe`): a check runs on every value parsed, 30-odd per event, which slows parsing a large
 * record. A copy, so a shared schema (a slug) keeps no description from one of its uses.
 */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  const copy = schema.clone();
  z.globalRegistry.add(copy, { description });
  return copy;
}

export const DATASET_FORMAT = 'istanbul-talks-2025/dataset';
export const DATASET_VERSION = 2;

/** Lower-case slug ids: they appear in shared links, so they are never renumbered or reused. */
export const slugSchema = z
  .string()
  .check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "round-2-istanbul"'),
    z.maxLength(80),
  );

// Which strings are valid EDTF is decided where the parser runs: `npm run data:dates` and `npm run data:check`. Here
// a date string only has to have its entry in the `dates` table (checked on the whole dataset, below).
export const edtfSchema = described(
  z.string().check(z.minLength(1)),
  'An EDTF date (ISO 8601-2): day, month or year precision, a time of day, ~ approximate, ? uncertain, or an interval a/b; it needs an entry in `dates`',
);

const datePointSchema = z.strictObject({
  start: described(z.number(), 'first millisecond covered, wall-clock time read as UTC'),
  end: described(z.number(), 'last millisecond covered'),
  precision: z.enum(['year', 'month', 'day', 'minute', 'second']),
  approximate: z.boolean(),
  uncertain: z.boolean(),
  offsetMinutes: described(z.optional(z.number()), 'minutes east of UTC, only where the date states an offset'),
});

const resolvedDateSchema = z.strictObject({
  kind: z.enum(['date', 'interval']),
  from: z.nullable(datePointSchema),
  to: z.nullable(datePointSchema),
  min: z.nullable(z.number()),
  max: z.nullable(z.number()),
});

// Keys are EDTF strings: its characters only, which also keeps keys such as "__proto__" out of the table.
const edtfKeySchema = z.string().check(z.regex(/^[0-9XTZ:+\-~?%./]{1,64}$/, 'is not an EDTF string'));

const nonEmpty = z.string().check(z.trim(), z.minLength(1));

export const citationSchema = z.strictObject({
  source: described(slugSchema, 'id of an entry in `sources`'),
  quote: described(
    nonEmpty.check(z.maxLength(700)),
    'verbatim words of the source (white space, quotation marks and apostrophes may differ)',
  ),
});

const citations = z.array(citationSchema).check(z.minLength(1, 'needs at least one citation'));

export const sourceGenreSchema = z.enum(['news', 'opinion']);

export const sourceSchema = z.strictObject({
  id: slugSchema,
  file: z.string().check(z.regex(/^[\w.-]+\.txt$/, 'must name a .txt file in data/sources/')),
  lines: described(
    z.tuple([z.int().check(z.positive()), z.int().check(z.positive())]),
    'first and last line (1-based, inclusive) of the article within its file; quotes must lie inside',
  ),
  publisher: described(nonEmpty, 'as the page shows it, or a description when it does not'),
  headline: nonEmpty,
  dateline: z.optional(z.string()),
  published: described(z.nullable(edtfSchema), 'publication date as far as the page shows it; null when unknown'),
  publishedNote: described(nonEmpty, 'how the publication date was read or inferred from the page'),
  via: described(z.optional(z.string()), 'the agency or outlet the article credits for its text'),
  genre: described(
    z.optional(sourceGenreSchema),
    "'opinion' for a column or comment that argues its author's view; absent or 'news' for reporting",
  ),
  genreNote: described(
    z.optional(nonEmpty),
    "what shows the genre: the page's own label or the article's words; required for 'opinion'",
  ),
  copyOf: described(
    z.optional(
      z.strictObject({
        source: described(slugSchema, 'id of the original article in `sources`'),
        relation: described(
          z.enum(['republishes', 'condenses']),
          "'republishes': the original's text, credited or nearly word for word; 'condenses': a shorter rewrite of it",
        ),
        note: described(nonEmpty, "what shows it: the page's credit line, or sentences that follow the original's"),
      }),
    ),
    'set when the article is a copy of another article in `sources`: the same report, never a second source for it',
  ),
});

export const actorKindSchema = z.enum(['person', 'state', 'organisation']);

export const roleSchema = z.strictObject({
  title: nonEmpty,
  held: described(edtfSchema, 'when the sources show the role held: the date of the report, or an interval'),
  note: z.optional(z.string()),
  citations,
});

export const actorSchema = z.strictObject({
  id: slugSchema,
  kind: actorKindSchema,
  name: described(nonEmpty, 'display name'),
  aliases: described(z.array(nonEmpty), 'every other spelling the sources use'),
  affiliation: described(z.optional(slugSchema), 'id of the state or organisation this actor belongs to'),
  roles: z.array(roleSchema),
});

export const trackSchema = z.strictObject({
  id: slugSchema,
  label: nonEmpty,
  description: nonEmpty,
});

export const eventTopicSchema = z.enum(['ceasefire-proposal', 'leaders-meeting-proposal', 'next-steps', 'exchange']);

const roundSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);

export const eventSchema = z.strictObject({
  id: slugSchema,
  title: nonEmpty.check(z.maxLength(160)),
  summary: described(nonEmpty.check(z.maxLength(1200)), 'a short summary in our own words'),
  date: edtfSchema,
  inferred: described(z.boolean(), 'true when the date was worked out from relative words or other articles'),
  dateNote: described(z.optional(z.string()), 'required when `inferred`: the words and the article date used'),
  end: described(z.optional(edtfSchema), 'end of the event where the sources give one'),
  duration: z.optional(
    z.strictObject({
      text: described(nonEmpty, 'as the sources put it: "just 40 minutes", "within two hours"'),
      minutes: described(
        z.optional(z.number().check(z.positive())),
        'the stated length in minutes, or the stated upper bound',
      ),
      qualifier: z.enum(['exact', 'about', 'at-most', 'at-least']),
    }),
  ),
  track: slugSchema,
  actors: z.array(slugSchema),
  place: z.optional(z.string()),
  round: z.optional(roundSchema),
  topics: described(
    z.optional(z.array(eventTopicSchema)),
    'what the event is about, for lining up the rounds side by side; an event counts for a round when it falls on that day',
  ),
  proposedBy: described(z.optional(slugSchema), 'id of the actor (a party such as a state) that made the proposal'),
  citations,
});

export const tallyKindSchema = z.enum(TALLY_KINDS);
export const tallyStatusSchema = z.enum(['agreed', 'offered', 'claimed', 'carried-out']);
export const tallyQualifierSchema = z.enum(['exact', 'at-least', 'about', 'all', 'not-given']);
export const tallyDirectionSchema = z.enum(['each-side', 'to-ukraine', 'to-russia', 'not-given']);

export const tallySchema = z.strictObject({
  id: slugSchema,
  round: roundSchema,
  event: described(z.optional(slugSchema), 'the event this figure belongs to'),
  kind: tallyKindSchema,
  label: described(nonEmpty, 'what is counted, in words: "prisoners of war", "soldiers under 25"'),
  count: described(z.nullable(z.number().check(z.int(), z.nonnegative())), 'null when the sources give no number'),
  qualifier: tallyQualifierSchema,
  direction: tallyDirectionSchema,
  status: tallyStatusSchema,
  statedBy: described(z.array(slugSchema), 'actors the sources attribute the figure to'),
  claimedBy: described(z.optional(slugSchema), 'for claims: who makes the claim'),
  note: z.optional(z.string()),
  citations,
});

export const silenceSchema = z.strictObject({
  id: slugSchema,
  round: z.optional(roundSchema),
  kind: described(z.optional(tallyKindSchema), 'set when the silence is about a tally kind of a round'),
  event: z.optional(slugSchema),
  topic: described(nonEmpty, 'what the sources do not report'),
  note: z.optional(z.string()),
});

export const conflictSchema = z.strictObject({
  id: slugSchema,
  topic: nonEmpty,
  subject: z.strictObject({
    type: z.enum(['event', 'tally', 'actor', 'source']),
    id: slugSchema,
  }),
  claims: z
    .array(
      z.strictObject({
        id: slugSchema,
        claim: described(nonEmpty, 'the claim in our words'),
        citations,
      }),
    )
    .check(z.minLength(2, 'a conflict needs at least two claims')),
  shown: described(slugSchema, 'id of the claim the dataset shows'),
  reason: described(nonEmpty, 'why that claim is shown'),
});

export const datasetSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    format: z.literal(DATASET_FORMAT),
    version: z.literal(DATASET_VERSION),
    updated: described(
      z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day, YYYY-MM-DD'))),
      'the day the record was last changed by its editors (not a fact about the talks)',
    ),
    sources: z.array(sourceSchema).check(z.minLength(1)),
    tracks: z.array(trackSchema).check(z.minLength(1)),
    actors: z.array(actorSchema),
    events: z.array(eventSchema),
    tallies: z.array(tallySchema),
    silences: z.array(silenceSchema),
    conflicts: z.array(conflictSchema),
    dates: described(
      z.record(edtfKeySchema, resolvedDateSchema),
      'generated by `npm run data:dates`: each date string above with its bounds, so that readers need no EDTF parser',
    ),
  })
  .check(
    z.superRefine((data, ctx) => {
      for (const { path, value } of datedValues(data)) {
        if (Object.hasOwn(data.dates, value)) continue;
        ctx.addIssue({
          code: 'custom',
          path,
          message: `"${value}" has no entry in \`dates\`: run \`npm run data:dates\`, which also says whether it is valid EDTF`,
        });
      }
    }),
  );

export type Dataset = z.infer<typeof datasetSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type SourceGenre = z.infer<typeof sourceGenreSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Track = z.infer<typeof trackSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Tally = z.infer<typeof tallySchema>;
export type Silence = z.infer<typeof silenceSchema>;
export type Conflict = z.infer<typeof conflictSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type EventTopic = z.infer<typeof eventTopicSchema>;
