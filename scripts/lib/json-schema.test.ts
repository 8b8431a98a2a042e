import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { datasetJsonSchema, translationJsonSchema } from './json-schema';

const checkedIn = (file: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../../data', file), 'utf8'));

test('the checked-in JSON Schema is the one generated from the zod schema (run `npm run data:schema`)', () => {
  expect(checkedIn('dataset.schema.json')).toEqual(datasetJsonSchema());
});

test('the checked-in translation JSON Schema is the one generated from its zod schema (run `npm run data:schema`)', () => {
  expect(checkedIn('translation.schema.json')).toEqual(translationJsonSchema());
});
