// `npm run data:schema`: writes data/dataset.schema.json from the zod schema. A unit test fails when they drift.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetJsonSchema } from './lib/json-schema';

const target = join(import.meta.dirname, '../data/dataset.schema.json');
writeFileSync(target, JSON.stringify(datasetJsonSchema(), null, 2) + '\n');
console.log(`wrote ${target}`);
