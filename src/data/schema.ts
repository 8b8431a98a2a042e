// The published, versioned format of the curated dataset (data/dataset.json). The app parses the fetched file with
// `datasetSchema`; `npm run data:check` uses the same schema before checking quotes and references; the JSON Schema in
// data/dataset.schema.json is generated from it (`npm run data:schema`) and a test fails when the two drift.
import { z } from 'zod';
import { datedValues } from './dated-values';
import { TALLY_KINDS } from './tally-kinds';

// zod would otherwise probe `new Function` to compile fast parsers; the app's Content Security Policy forbids eval,
// so the probe is a reported violation. Parsing one small dataset does not need the speed.
z.config({ jitless: true });

export const DATASET_FORMAT = 'istanbul-talks-2025/dataset';
export const DATASET_VERSION = 2;

/** Lower-case slug ids: they appear in shared links, so they are never renumbered or reused. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug such as "round-2-istanbul"')
  .max(80);

// Which strings are valid EDTF is decided where the parser runs: `npm run data:dates` and `npm run data:check`. Here
// a date string only has to have its entry in the `dates` table (checked on the whole dataset, below).
export const edtfSchema = z
  .string()
  .min(1)
  .describe(
    'An EDTF date (ISO 8601-2): day, month or year precision, a time of day, ~ approximate, ? uncertain, or an interval a/b; it needs an entry in `dates`',
  );

const datePointSchema = z
  .object({
    start: z.number().describe('first millisecond covered, wall-clock time read as UTC'),
    end: z.number().describe('last millisecond covered'),
    precision: z.enum(['year', 'month', 'day', 'minute', 'second']),
    approximate: z.boolean(),
    uncertain: z.boolean(),
    offsetMinutes: z.number().optional().describe('minutes east of UTC, only where the date states an offset'),
  })
  .strict();

const resolvedDateSchema = z
  .object({
    kind: z.enum(['date', 'interval']),
    from: datePointSchema.nullable(),
    to: datePointSchema.nullable(),
    min: z.number().nullable(),
    max: z.number().nullable(),
  })
  .strict();

// Keys are EDTF strings: its characters only, which also keeps keys such as "__proto__" out of the table.
const edtfKeySchema = z.string().regex(/^[0-9XTZ:+\-~?%./]{1,64}$/, 'is not an EDTF string');

const nonEmpty = z.string().trim().min(1);

export const citationSchema = z
  .object({
    source: slugSchema.describe('id of an entry in `sources`'),
    quote: nonEmpty
      .max(700)
      .describe('verbatim words of the source (white space, quotation marks and apostrophes may differ)'),
  })
  .strict();

const citations = z.array(citationSchema).min(1, 'needs at least one citation');

export const sourceSchema = z
  .object({
    id: slugSchema,
    file: z.string().regex(/^[\w.-]+\.txt$/, 'must name a .txt file in data/sources/'),
    lines: z
      .tuple([z.int().positive(), z.int().positive()])
      .describe('first and last line (1-based, inclusive) of the article within its file; quotes must lie inside'),
    publisher: nonEmpty.describe('as the page shows it, or a description when it does not'),
    headline: nonEmpty,
    dateline: z.string().optional(),
    published: edtfSchema.nullable().describe('publication date as far as the page shows it; null when unknown'),
    publishedNote: nonEmpty.describe('how the publication date was read or inferred from the page'),
    via: z.string().optional().describe('the agency or outlet the article credits for its text'),
  })
  .strict();

export const actorKindSchema = z.enum(['person', 'state', 'organisation']);

export const roleSchema = z
  .object({
    title: nonEmpty,
    held: edtfSchema.describe('when the sources show the role held: the date of the report, or an interval'),
    note: z.string().optional(),
    citations,
  })
  .strict();

export const actorSchema = z
  .object({
    id: slugSchema,
    kind: actorKindSchema,
    name: nonEmpty.describe('display name'),
    aliases: z.array(nonEmpty).describe('every other spelling the sources use'),
    affiliation: slugSchema.optional().describe('id of the state or organisation this actor belongs to'),
    roles: z.array(roleSchema),
  })
  .strict();

export const trackSchema = z
  .object({
    id: slugSchema,
    label: nonEmpty,
    description: nonEmpty,
  })
  .strict();

export const eventTopicSchema = z.enum(['ceasefire-proposal', 'leaders-meeting-proposal', 'next-steps', 'exchange']);

export const eventSchema = z
  .object({
    id: slugSchema,
    title: nonEmpty.max(160),
    summary: nonEmpty.max(1200).describe('a short summary in our own words'),
    date: edtfSchema,
    inferred: z.boolean().describe('true when the date was worked out from relative words or other articles'),
    dateNote: z.string().optional().describe('required when `inferred`: the words and the article date used'),
    end: edtfSchema.optional().describe('end of the event where the sources give one'),
    duration: z
      .object({
        text: nonEmpty.describe('as the sources put it: "just 40 minutes", "within two hours"'),
        minutes: z.number().positive().optional().describe('the stated length in minutes, or the stated upper bound'),
        qualifier: z.enum(['exact', 'about', 'at-most', 'at-least']),
      })
      .strict()
      .optional(),
    track: slugSchema,
    actors: z.array(slugSchema),
    place: z.string().optional(),
    round: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
    topics: z
      .array(eventTopicSchema)
      .optional()
      .describe(
        'what the event is about, for lining up the rounds side by side; an event counts for a round when it falls on that day',
      ),
    proposedBy: slugSchema.optional().describe('id of the actor (a party such as a state) that made the proposal'),
    citations,
  })
  .strict();

export const tallyKindSchema = z.enum(TALLY_KINDS);
export const tallyStatusSchema = z.enum(['agreed', 'offered', 'claimed', 'carried-out']);
export const tallyQualifierSchema = z.enum(['exact', 'at-least', 'about', 'all', 'not-given']);
export const tallyDirectionSchema = z.enum(['each-side', 'to-ukraine', 'to-russia', 'not-given']);

export const tallySchema = z
  .object({
    id: slugSchema,
    round: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    event: slugSchema.optional().describe('the event this figure belongs to'),
    kind: tallyKindSchema,
    label: nonEmpty.describe('what is counted, in words: "prisoners of war", "soldiers under 25"'),
    count: z.number().int().nonnegative().nullable().describe('null when the sources give no number'),
    qualifier: tallyQualifierSchema,
    direction: tallyDirectionSchema,
    status: tallyStatusSchema,
    statedBy: z.array(slugSchema).describe('actors the sources attribute the figure to'),
    claimedBy: slugSchema.optional().describe('for claims: who makes the claim'),
    note: z.string().optional(),
    citations,
  })
  .strict();

export const silenceSchema = z
  .object({
    id: slugSchema,
    round: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
    kind: tallyKindSchema.optional().describe('set when the silence is about a tally kind of a round'),
    event: slugSchema.optional(),
    topic: nonEmpty.describe('what the sources do not report'),
    note: z.string().optional(),
  })
  .strict();

export const conflictSchema = z
  .object({
    id: slugSchema,
    topic: nonEmpty,
    subject: z
      .object({
        type: z.enum(['event', 'tally', 'actor', 'source']),
        id: slugSchema,
      })
      .strict(),
    claims: z
      .array(
        z
          .object({
            id: slugSchema,
            claim: nonEmpty.describe('the claim in our words'),
            citations,
          })
          .strict(),
      )
      .min(2, 'a conflict needs at least two claims'),
    shown: slugSchema.describe('id of the claim the dataset shows'),
    reason: nonEmpty.describe('why that claim is shown'),
  })
  .strict();

export const datasetSchema = z
  .object({
    $schema: z.string().optional(),
    format: z.literal(DATASET_FORMAT),
    version: z.literal(DATASET_VERSION),
    sources: z.array(sourceSchema).min(1),
    tracks: z.array(trackSchema).min(1),
    actors: z.array(actorSchema),
    events: z.array(eventSchema),
    tallies: z.array(tallySchema),
    silences: z.array(silenceSchema),
    conflicts: z.array(conflictSchema),
    dates: z
      .record(edtfKeySchema, resolvedDateSchema)
      .describe(
        'generated by `npm run data:dates`: each date string above with its bounds, so that readers need no EDTF parser',
      ),
  })
  .strict()
  .superRefine((data, ctx) => {
    for (const { path, value } of datedValues(data)) {
      if (Object.hasOwn(data.dates, value)) continue;
      ctx.addIssue({
        code: 'custom',
        path,
        message: `"${value}" has no entry in \`dates\`: run \`npm run data:dates\`, which also says whether it is valid EDTF`,
      });
    }
  });

export type Dataset = z.infer<typeof datasetSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Track = z.infer<typeof trackSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Tally = z.infer<typeof tallySchema>;
export type Silence = z.infer<typeof silenceSchema>;
export type Conflict = z.infer<typeof conflictSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type EventTopic = z.infer<typeof eventTopicSchema>;
