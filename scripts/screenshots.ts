// `npx tsx scripts/screenshots.ts [base-url]`: PNGs of the running production build in screenshots/, at 1440 and
// 390 px, light and dark: the opening view, an event's details, and the tallies.
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from './lib/chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
mkdirSync('screenshots', { recursive: true });

const views: Record<string, (page: Page) => Promise<void>> = {
  opening: async (page) => {
    await page.goto(base);
  },
  details: async (page) => {
    await page.goto(`${base}?event=round-3`);
  },
  tallies: async (page) => {
    await page.goto(base);
    await page.getByRole('heading', { name: /round by round/ }).scrollIntoViewIfNeeded();
  },
};

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [1440, 390]) {
    for (const [name, open] of Object.entries(views)) {
      const page = await browser.newPage({ viewport: { width, height: width > 800 ? 900 : 844 }, colorScheme });
      await open(page);
      await page.locator('.vis-item').first().waitFor({ state: 'attached' });
      await page.waitForTimeout(300);
      const file = `screenshots/${name}-${width}-${colorScheme}.png`;
      await page.screenshot({ path: file });
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();
