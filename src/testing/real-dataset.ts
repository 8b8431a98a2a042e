import raw from '../../data/dataset.json';
import { datasetSchema, type Dataset } from '../data/schema';

/** The real, checked dataset, parsed as the app parses it. */
export function realDataset(): Dataset {
  return datasetSchema.parse(raw);
}
