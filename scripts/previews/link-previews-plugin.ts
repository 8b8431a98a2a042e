// The Vite plugin that writes the link preview pages into the build: e/<id>/index.html for every event, and the
// same tags for the home page in index.html. Build only: the dev server and Vitest never run it.
// vite.config.ts loads this file, so it imports nothing from src/ directly (and gives file extensions, which Vite's
// native config loader needs): the page builder and the dataset schema are loaded through Vite when the bundle closes.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { runnerImport, type Plugin, type ResolvedConfig } from 'vite';
import { homeMeta, metaTags } from './meta-tags.ts';
import type * as PageBuilder from './preview-page.ts';
import { siteUrlFrom } from './site.ts';

export function linkPreviews(options: { datasetPath?: string } = {}): Plugin {
  let config: ResolvedConfig;
  let siteUrl: string;
  return {
    name: 'istanbul-talks:link-previews',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
      // Read once, here, so a bad SITE_ORIGIN stops the build before anything is written.
      siteUrl = siteUrlFrom(process.env.SITE_ORIGIN);
    },
    transformIndexHtml(html) {
      return html.replace('</head>', `  ${metaTags(homeMeta(siteUrl))}\n  </head>`);
    },
    async closeBundle() {
      const { module } = await runnerImport<typeof PageBuilder>(
        resolve(config.root, 'scripts/previews/preview-page.ts'),
        {
          configFile: false,
          root: config.root,
          logLevel: 'error',
        },
      );
      // The same file the app loads and `npm run data:check` checks before every build.
      const datasetPath = options.datasetPath ?? resolve(config.root, 'data/dataset.json');
      const pages = await module.previewFilesFor(datasetPath, siteUrl);
      const outDir = resolve(config.root, config.build.outDir);
      for (const page of pages) {
        const file = resolve(outDir, page.path);
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, page.html);
      }
      config.logger.info(`link previews: ${pages.length} pages in ${config.build.outDir}/e/ for ${siteUrl}`);
    },
  };
}
