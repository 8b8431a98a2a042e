/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { prerenderPages } from './scripts/pages/prerender-plugin.ts';
import { staticHost } from './scripts/pages/static-host-plugin.ts';
import { preloadData } from './scripts/build/preload-data.ts';
import { contentSecurityPolicy } from './scripts/build/content-security-policy.ts';

// `npm run bench` only: build with another dataset file (an absolute path) in place of data/dataset.json.
// Unset, as in every normal build, nothing below changes.
const benchDataset = process.env.BENCH_DATASET;

export default defineConfig(({ isPreview }) => ({
  // The build is pages, not one page: `npm start` serves each as a static host would (staticHost below); the dev
  // server answers every path with the app, which then reads the route from the path.
  appType: isPreview ? 'mpa' : 'spa',
  plugins: [
    react(),
    tailwindcss(),
    // Build only: the strict policy as the first <meta> in index.html (SECURITY.md).
    contentSecurityPolicy(),
    // Build only: the dataset and its schema download beside the entry script, not after it has run.
    preloadData(),
    // Build only: every page prerendered from the app (the home page, one per event, 404.html), each with its own
    // title, description and link-preview tags (docs/deployment.md, SITE_ORIGIN).
    // Bench builds prerender the home page only: their synthetic records have up to 50,000 events.
    prerenderPages(benchDataset ? { datasetPath: benchDataset, eventPages: false } : {}),
    staticHost(),
    // Offline after one visit. 'prompt': a new build (a new dataset hash) waits until the reader chooses Reload in
    // UpdateNotice, never swapping data under them silently. No injected register script: the app registers the
    // service worker itself once the timeline has drawn (src/app/RegisterServiceWorker.tsx); no inline script is needed.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // The glob below already precaches the icons; listing them twice would only add duplicate entries.
      includeManifestIcons: false,
      manifest: {
        name: 'The 2025 Istanbul talks — a sourced record',
        short_name: 'Istanbul talks',
        description: 'A sourced record of the 2025 Istanbul talks between Russia and Ukraine.',
        theme_color: '#1e3a8a',
        background_color: '#ffffff',
        display: 'standalone',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // The app shell, its hashed JS and CSS, and the hashed dataset file; not source maps, not preview pages.
        // Every prerendered page is precached, so an event's page opens offline as it does online.
        globPatterns: ['**/*.{html,js,css,json,svg,png}'],
        // The link-preview image is for other sites' cards, never shown in the page.
        globIgnores: ['share.png'],
        // A page is the same whatever its query (the view's filters apply in the browser): /?actors=turkey is index.html.
        ignoreURLParametersMatching: [/.*/],
        // An address the record does not have gets the not-found page, online (the host's 404.html) and offline.
        navigateFallback: '404.html',
        cleanupOutdatedCaches: true,
        // Bench builds only: a synthetic dataset can be tens of MB, past workbox's 2 MiB precache limit.
        ...(benchDataset ? { maximumFileSizeToCacheInBytes: 200 * 2 ** 20 } : {}),
      },
    }),
  ],
  build: {
    // Source maps make the production bundle auditable without shipping them inline.
    sourcemap: true,
    ...(benchDataset ? { manifest: true } : {}),
  },
  ...(benchDataset
    ? { resolve: { alias: [{ find: /^(?:\.\.\/)+data\/dataset\.json(?=\?url$)/, replacement: benchDataset }] } }
    : {}),
  // `npm start` serves the build as a static host should, headers included (scripts/pages/static-host-plugin.ts).
  preview: {
    port: 4173,
    strictPort: true,
  },
  test: {
    restoreMocks: true,
    // Pure logic runs in Node; only components and hooks get a DOM (jsdom), whose start-up is most of a test file's
    // cost. A hook or component test is a .tsx file, or a .ts file named use-*.test.ts.
    projects: [
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          setupFiles: ['./src/testing/setup-tests.ts'],
          include: ['src/**/*.test.tsx', 'src/**/use-*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          setupFiles: ['./src/testing/setup-node-tests.ts'],
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['src/**/use-*.test.ts'],
        },
      },
    ],
  },
}));
