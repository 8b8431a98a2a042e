// Build only: index.html asks for the dataset file and the schema chunk that parses it while the entry script is
// still downloading. Without this the dataset request started only after the entry chunk had run (about 0.5 s on
// the bench machine), which alone spent the list's 500 ms budget. The hints must match the app's own request to be
// reused: fetch() is CORS mode with same-origin credentials, which `as="fetch"` plus `crossorigin` describes.
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The hints for the built files: the dataset (any `dataset-*.json` asset) and the chunk named `schema`. */
export function preloadTags(fileNames: readonly string[], base: string): HtmlTagDescriptor[] {
  const dataset = fileNames.find((f) => /(^|\/)dataset-[\w-]+\.json$/.test(f));
  const schema = fileNames.find((f) => /(^|\/)schema-[\w-]+\.js$/.test(f));
  const tags: HtmlTagDescriptor[] = [];
  if (dataset) {
    tags.push({
      tag: 'link',
      attrs: { rel: 'preload', href: base + dataset, as: 'fetch', type: 'application/json', crossorigin: '' },
      injectTo: 'head',
    });
  }
  if (schema) tags.push({ tag: 'link', attrs: { rel: 'modulepreload', href: base + schema }, injectTo: 'head' });
  return tags;
}

export function preloadData(): Plugin {
  let base = '/';
  return {
    name: 'istanbul-talks:preload-data',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => preloadTags(Object.keys(ctx.bundle ?? {}), base),
    },
  };
}
