// The Vite plugin that prerenders the site at build time: every page of sitePages() rendered by the app's server
// entry (src/entry-server.tsx) into the built index.html, so each page is readable before, and without, any script.
// Build only: the dev server and Vitest never run it. Pages are written before the service worker is generated
// (this hook runs first among the sequential ones), so the worker precaches them as they are.
// vite.config.ts loads this file, so it imports nothing from src/ directly (and gives file extensions, which Vite's
// native config loader needs): the server entry and the page list are loaded through Vite when the bundle closes.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { runnerImport, type Plugin, type ResolvedConfig } from 'vite';
import type * as Entry from '../../src/entry-server.tsx';
import { headersFile } from '../build/headers.ts';
import { headTags } from './meta-tags.ts';
import { OEMBED_FILE, oembedFor } from './oembed.ts';
import { fillTemplate } from './page-template.ts';
import type * as Pages from './pages.ts';
import { siteUrlFrom } from './site.ts';

export function prerenderPages(options: { datasetPath?: string; eventPages?: boolean } = {}): Plugin {
  let config: ResolvedConfig;
  let siteUrl: string | null;
  /** The timeline's chunk and its stylesheet: fetched beside the entry, not after hydration asks for them. */
  const timelineFiles: string[] = [];
  /** Each language's catalogs (src/i18n/page-language.ts): fetched with its pages, beside the entry. */
  const languageFiles: Record<string, string[]> = { uk: [], ru: [] };
  return {
    name: 'istanbul-talks:prerender-pages',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
      // Read once, here, so a bad SITE_ORIGIN stops the build before anything is written.
      siteUrl = siteUrlFrom(process.env.SITE_ORIGIN);
    },
    generateBundle(_options, bundle) {
      timelineFiles.length = 0;
      for (const lang of Object.keys(languageFiles)) languageFiles[lang] = [];
      for (const file of Object.values(bundle)) {
        const catalog =
          file.type === 'chunk' && /\/(?:src\/i18n|data\/translations)\/(uk|ru)\.json$/.exec(file.facadeModuleId ?? '');
        if (catalog) languageFiles[catalog[1]!]!.push(file.fileName);
        if (file.type !== 'chunk' || !file.facadeModuleId?.endsWith('/TimelineCanvas.tsx')) continue;
        timelineFiles.push(file.fileName, ...(file.viteMetadata?.importedCss ?? []));
      }
    },
    closeBundle: {
      sequential: true,
      order: 'pre',
      async handler() {
        if (config.build.ssr) return;
        const load = <T>(file: string) =>
          runnerImport<T>(resolve(config.root, file), {
            configFile: false,
            root: config.root,
            base: config.base,
            logLevel: 'error',
            resolve: config.resolve,
          }).then((r) => r.module);
        const [entry, pages] = await Promise.all([
          load<typeof Entry>('src/entry-server.tsx'),
          load<typeof Pages>('scripts/pages/pages.ts'),
        ]);
        // The same file the app loads and `npm run data:check` checks before every build.
        const datasetPath = options.datasetPath ?? resolve(config.root, 'data/dataset.json');
        const datasetText = await readFile(datasetPath, 'utf8');
        const dataset = entry.parseDataset(JSON.parse(datasetText));
        const version = entry.fingerprint(datasetText);
        const outDir = resolve(config.root, config.build.outDir);
        const template = await readFile(resolve(outDir, 'index.html'), 'utf8');
        const hints = timelineFiles.map((file) =>
          file.endsWith('.css')
            ? `<link rel="preload" href="${config.base}${file}" as="style" crossorigin />`
            : `<link rel="modulepreload" href="${config.base}${file}" />`,
        );
        const list = pages
          .sitePages(dataset)
          .filter((page) => options.eventPages !== false || !page.path.replace(/^(uk|ru)\//, '').startsWith('e/'));
        for (const page of list) {
          const body = await entry.renderPage(dataset, `${config.base}${page.path}`);
          // The not-found page has no timeline to fetch.
          const pageHints = [
            ...(page.timeline === false ? [] : hints),
            ...(languageFiles[page.lang] ?? []).map(
              (file) => `<link rel="modulepreload" href="${config.base}${file}" />`,
            ),
          ];
          const head = headTags(page.meta, siteUrl);
          const html = fillTemplate(template, { head, body, hints: pageHints, dataset: version, lang: page.lang });
          const file = resolve(outDir, page.file);
          await mkdir(dirname(file), { recursive: true });
          await writeFile(file, html);
        }
        // For static hosts that read headers from a file (docs/deployment.md): framing allowed only where meant.
        await writeFile(
          resolve(outDir, '_headers'),
          headersFile(
            list.map((page) => page.path),
            config.base,
          ),
        );
        // oEmbed for the default embed: its addresses must be absolute, so only a build that names its site has one.
        if (siteUrl) await writeFile(resolve(outDir, OEMBED_FILE), `${JSON.stringify(oembedFor(siteUrl), null, 2)}\n`);
        config.logger.info(
          `prerendered ${list.length} pages` +
            (siteUrl ? ` for ${siteUrl}` : ' (no SITE_ORIGIN: no canonical or Open Graph addresses written)'),
        );
      },
    },
  };
}
