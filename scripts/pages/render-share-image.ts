// `npx tsx scripts/pages/render-share-image.ts`: draws public/share.png, the 1200 × 630 image that link previews show
// (og:image): the record's name and its three rounds, each with its day, place and length as the dataset gives them.
// Run it again when the rounds change; the PNG is committed, so builds need no image tooling.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../lib/chromium.mjs';
import { dateIn, formatPoint } from '../../src/data/edtf';
import { datasetSchema } from '../../src/data/schema';
import { escapeHtml as e } from './html';
import { SHARE_IMAGE } from './meta-tags';

const dataset = datasetSchema.parse(JSON.parse(readFileSync('data/dataset.json', 'utf8')));
const rounds = dataset.events
  .filter((event) => event.round !== undefined)
  .sort((a, b) => a.round! - b.round!)
  .map((event) => {
    // The day alone: a round's time of day is worked out from one source, too fine for a card.
    const from = dateIn(dataset.dates, event.date)?.from;
    const day = from ? formatPoint({ ...from, precision: 'day' }) : event.date;
    return `<li><b>Round ${event.round}</b><span>${e(day)}</span><span>${e(event.place ?? '')}</span>${
      event.duration ? `<i>“${e(event.duration.text)}”</i>` : ''
    }</li>`;
  });

const page = `<!doctype html><html><head><style>
  body { margin: 0; width: ${SHARE_IMAGE.width}px; height: ${SHARE_IMAGE.height}px; font-family: sans-serif;
         background: #0f172a; color: #f8fafc; display: flex; flex-direction: column; justify-content: space-between;
         box-sizing: border-box; padding: 64px 72px; }
  h1 { font-size: 60px; line-height: 1.1; margin: 0; max-width: 1000px; }
  p { font-size: 28px; color: #cbd5e1; margin: 20px 0 0; }
  ol { list-style: none; display: flex; gap: 28px; padding: 0; margin: 0; }
  li { flex: 1; border-top: 8px solid #38bdf8; padding-top: 18px; display: flex; flex-direction: column; gap: 6px;
       font-size: 24px; color: #e2e8f0; }
  li b { font-size: 34px; color: #fff; }
  li i { color: #94a3b8; }
</style></head><body>
  <div><h1>The 2025 Istanbul talks between Russia and Ukraine</h1>
  <p>A sourced record: every event and figure quotes its sources.</p></div>
  <ol>${rounds.join('')}</ol>
</body></html>`;

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const tab = await browser.newPage({ viewport: { width: SHARE_IMAGE.width, height: SHARE_IMAGE.height } });
await tab.setContent(page);
await tab.screenshot({ path: `public/${SHARE_IMAGE.path}` });
console.log(`public/${SHARE_IMAGE.path}`);
await browser.close();
