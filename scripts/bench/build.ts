// Production builds of the app with a chosen dataset (BENCH_DATASET, read by vite.config.ts) into their own folder,
// and the gzip size of what they ship, split into what the first paint needs and what loads later.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const ROOT = new URL('../../', import.meta.url).pathname.replace(/\/$/, '');

export function buildApp(datasetPath: string, outDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      join(ROOT, 'node_modules/.bin/vite'),
      ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
      { cwd: ROOT, env: { ...process.env, BENCH_DATASET: datasetPath }, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}`))));
  });
}

export const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

export interface Chunk {
  file: string;
  bytes: number;
  gzip: number;
}
export interface BundleSizes {
  firstPaint: { js: Chunk[]; css: Chunk[] };
  later: { js: Chunk[]; css: Chunk[] };
  data: Chunk | null;
}

interface ManifestEntry {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/** Reads dist's .vite/manifest.json (and index.html, as a cross-check) of a bench build. */
export function bundleSizes(outDir: string): BundleSizes {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestEntry
  >;
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const chunk = (file: string): Chunk => {
    const path = join(outDir, file);
    return { file, bytes: readFileSync(path).length, gzip: gzipBytes(path) };
  };

  // What index.html asks for, and everything those chunks import statically, is needed for the first paint.
  const firstKeys = new Set<string>();
  const addStatic = (key: string) => {
    if (firstKeys.has(key) || !manifest[key]) return;
    firstKeys.add(key);
    for (const next of manifest[key].imports ?? []) addStatic(next);
  };
  for (const [key, entry] of Object.entries(manifest)) if (entry.isEntry) addStatic(key);
  const laterKeys = new Set<string>();
  const addLater = (key: string) => {
    if (firstKeys.has(key) || laterKeys.has(key) || !manifest[key]) return;
    laterKeys.add(key);
    for (const next of [...(manifest[key].imports ?? []), ...(manifest[key].dynamicImports ?? [])]) addLater(next);
  };
  for (const key of [...firstKeys]) for (const next of manifest[key]?.dynamicImports ?? []) addLater(next);

  const files = (keys: Set<string>) => {
    const js = new Set<string>();
    const css = new Set<string>();
    for (const key of keys) {
      const entry = manifest[key] as ManifestEntry;
      if (entry.file.endsWith('.js')) js.add(entry.file);
      for (const file of entry.css ?? []) css.add(file);
    }
    return { js, css };
  };
  const first = files(firstKeys);
  for (const [, src] of html.matchAll(/<script[^>]+src="\/?([^"]+\.js)"/g)) if (src) first.js.add(src);
  for (const [, href] of html.matchAll(/<link[^>]+href="\/?([^"]+\.css)"/g)) if (href) first.css.add(href);
  const later = files(laterKeys);
  const dataEntry = Object.values(manifest).find((e) => e.file.endsWith('.json'));
  return {
    firstPaint: { js: [...first.js].map(chunk), css: [...first.css].map(chunk) },
    later: {
      js: [...later.js].filter((f) => !first.js.has(f)).map(chunk),
      css: [...later.css].filter((f) => !first.css.has(f)).map(chunk),
    },
    data: dataEntry ? chunk(dataEntry.file) : null,
  };
}

export const sum = (chunks: Chunk[], key: 'bytes' | 'gzip' = 'gzip') => chunks.reduce((n, c) => n + c[key], 0);
