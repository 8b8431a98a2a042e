// `npm run data:schema`: writes data/dataset.schema.json and data/translation.schema.json from the zod schemas. A unit
// test fails when they drift.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetJsonSchema, translationJsonSchema } from './lib/json-schema';

const targets = [
  ['../data/dataset.schema.json', datasetJsonSchema()],
  ['../data/translation.schema.json', translationJsonSchema()],
] as const;
for (const [path, schema] of targets) {
  const target = join(import.meta.dirname, path);
  writeFileSync(target, JSON.stringify(schema, null, 2) + '\n');
  console.log(`wrote ${target}`);
}
