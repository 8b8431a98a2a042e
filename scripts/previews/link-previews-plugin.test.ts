import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test, vi } from 'vitest';
import type { ResolvedConfig } from 'vite';
import { realDataset } from '../../src/testing/real-dataset';
import { linkPreviews } from './link-previews-plugin';

let outDir = '';
afterEach(() => {
  vi.unstubAllEnvs();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

type Hook = (...args: unknown[]) => unknown;
const call = (hook: unknown, ...args: unknown[]) =>
  (typeof hook === 'function' ? hook : (hook as { handler: Hook }).handler)(...args);

test('writes one page per event under the output folder, for the origin SITE_ORIGIN names', async () => {
  outDir = mkdtempSync(join(tmpdir(), 'previews-'));
  vi.stubEnv('SITE_ORIGIN', 'https://record.example');
  const plugin = linkPreviews();
  const info = vi.fn();
  const config = { root: process.cwd(), build: { outDir }, logger: { info } } as unknown as ResolvedConfig;
  call(plugin.configResolved, config);
  const html = call(plugin.transformIndexHtml, '<html><head></head></html>');
  expect(html).toContain('<meta property="og:url" content="https://record.example/" />');
  await call(plugin.closeBundle);

  const ids = realDataset().events.map((e) => e.id);
  expect(readdirSync(join(outDir, 'e')).sort()).toEqual([...ids].sort());
  const page = readFileSync(join(outDir, 'e/round-3/index.html'), 'utf8');
  expect(page).toContain('<link rel="canonical" href="https://record.example/e/round-3/" />');
  expect(info).toHaveBeenCalledWith(expect.stringContaining(`${ids.length} pages`));
});

test('a bad SITE_ORIGIN stops the build before anything is written', () => {
  vi.stubEnv('SITE_ORIGIN', 'not a url');
  const plugin = linkPreviews();
  expect(() => call(plugin.configResolved, { root: process.cwd(), build: { outDir: 'x' } })).toThrow(/SITE_ORIGIN/);
});
