// The manifest of data/sources/: what each source document is, which articles it holds, when each was published as
// far as the page shows, and which parts are off-topic. Only the data check reads it; the app never does.
import { z } from 'zod';
import { edtfSchema, slugSchema } from '../../src/data/schema';

const lines = z.tuple([z.int().positive(), z.int().positive()]);

export const manifestSchema = z
  .object({
    format: z.literal('istanbul-talks-2025/manifest'),
    version: z.literal(1),
    documents: z.array(
      z
        .object({
          file: z.string().regex(/^[\w.-]+\.txt$/),
          sha256: z.string().regex(/^[0-9a-f]{64}$/),
          page: z.string().min(1),
          captured: z.nullable(edtfSchema),
          capturedNote: z.string().min(1),
          articles: z.array(
            z
              .object({
                id: slugSchema,
                publisher: z.string().min(1),
                headline: z.string().min(1),
                dateline: z.string().nullable(),
                published: z.nullable(edtfSchema),
                publishedNote: z.string().min(1),
                lines,
                onTopic: z.boolean(),
                offTopicReason: z.string().optional(),
              })
              .strict(),
          ),
          offTopic: z.array(z.object({ lines, what: z.string().min(1) }).strict()),
        })
        .strict(),
    ),
  })
  .strict();

export type Manifest = z.infer<typeof manifestSchema>;
