// The manifest's schema lives in src/ beside the dataset's: the sources page and the article view read it too.
export { manifestSchema, type Manifest } from '../../src/data/manifest-schema';
