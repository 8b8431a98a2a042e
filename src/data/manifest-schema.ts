// The manifest of data/sources/: what each source document is, which articles it holds, when each was published as
// far as the page shows, which parts are off-topic, and which lines inside an article are the page's furniture
// rather than the article's words. The data check reads it, and the sources page and article view show it.
import { z } from 'zod';
import { edtfSchema, slugSchema } from './schema';

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
                // Named line by line, never guessed from the text: a repeated headline, a time stamp, a caption.
                furniture: z.array(z.object({ lines, what: z.string().min(1) }).strict()),
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
export type ManifestDocument = Manifest['documents'][number];
export type ManifestArticle = ManifestDocument['articles'][number];
