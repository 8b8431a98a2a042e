import { z } from 'zod';
import { DATASET_VERSION, datasetSchema } from '../../src/data/schema';

/** The JSON Schema published beside the dataset, so editors' tools can validate and complete it. */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(datasetSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }),
    title: `Istanbul talks 2025 dataset, format version ${DATASET_VERSION}`,
  };
}
