// `npx tsx scripts/pages/render-icons.ts`: draws public/favicon.svg as the PNG icons the web app manifest and
// link previews use (public/icon-192.png, public/icon-512.png). Run it again when the favicon changes; the PNGs are
// committed, so builds need no image tooling.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../lib/chromium.mjs';

const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`,
  );
  await page.locator('svg').screenshot({ path: `public/icon-${size}.png`, omitBackground: true });
  console.log(`public/icon-${size}.png`);
  await page.close();
}
await browser.close();
