import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { datasetJsonSchema } from './json-schema';

test('the checked-in JSON Schema is the one generated from the zod schema (run `npm run data:schema`)', () => {
  const checkedIn = JSON.parse(readFileSync(join(import.meta.dirname, '../../data/dataset.schema.json'), 'utf8'));
  expect(checkedIn).toEqual(datasetJsonSchema());
});
