// `npx tsx scripts/screenshots.ts [url]`: PNGs of the running app at 1440 and 390 px, light and dark, in screenshots/.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from './lib/chromium.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [1440, 390]) {
    const page = await browser.newPage({ viewport: { width, height: width > 800 ? 900 : 844 }, colorScheme });
    await page.goto(url);
    await page.getByRole('list', { name: 'Chronology' }).waitFor();
    const file = `screenshots/first-screen-${width}-${colorScheme}.png`;
    await page.screenshot({ path: file, fullPage: false });
    console.log(file);
    await page.close();
  }
}
await browser.close();
