import { z } from 'zod';
import { DATASET_VERSION, datasetSchema } from '../../src/data/schema';
import { TRANSLATION_VERSION, translationSchema } from '../../src/data/translation-schema';

const options = { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' } as const;

/** The JSON Schema published beside the dataset, so editors' tools can validate and complete it. */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(datasetSchema, options),
    title: `Istanbul talks 2025 dataset, format version ${DATASET_VERSION}`,
  };
}

/** The same for the translation files in data/translations/. */
export function translationJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(translationSchema, options),
    title: `Istanbul talks 2025 translation of the record's words, format version ${TRANSLATION_VERSION}`,
  };
}
