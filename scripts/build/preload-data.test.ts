import { expect, test } from 'vitest';
import { preloadTags } from './preload-data';

test('hints the dataset as a CORS fetch and the schema chunk as a module, under the base path', () => {
  const tags = preloadTags(['assets/index-a1.js', 'assets/dataset-XLJ_oo-Z.json', 'assets/schema-Bs0.js'], '/talks/');
  expect(tags.map((t) => t.attrs)).toEqual([
    {
      rel: 'preload',
      href: '/talks/assets/dataset-XLJ_oo-Z.json',
      as: 'fetch',
      type: 'application/json',
      crossorigin: '',
    },
    { rel: 'modulepreload', href: '/talks/assets/schema-Bs0.js' },
  ]);
});

test('hints nothing it cannot find, and never another JSON file', () => {
  expect(preloadTags(['assets/index-a1.js', 'manifest.json', 'assets/other-1.json'], '/')).toEqual([]);
});
