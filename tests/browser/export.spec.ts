import { expect, test } from './fixtures';
import { siteUrlFrom } from '../../scripts/previews/site';

// The build writes the previews for SITE_ORIGIN (the local preview server unless set); the tags must name it.
const site = siteUrlFrom(process.env.SITE_ORIGIN);

test("an event's preview page carries its own tags, without a script", async ({ request }) => {
  const response = await request.get('/e/round-3/');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/html/);
  const html = await response.text();
  const title = 'Round 3: Third round of direct talks at Çırağan Palace, Istanbul';
  expect(html).toContain(`<meta property="og:title" content="${title}" />`);
  expect(html).toContain(`<meta name="twitter:title" content="${title}" />`);
  expect(html).toMatch(
    /<meta property="og:description" content="23 July 2025, 20:37 local time, Çırağan Palace, Istanbul\. The third round/,
  );
  expect(html).toContain(`<meta property="og:url" content="${site}e/round-3/" />`);
  expect(html).toContain(`<link rel="canonical" href="${site}e/round-3/" />`);
  expect(html).toContain('<meta name="twitter:card" content="summary" />');
  expect(html).toContain('<meta http-equiv="refresh" content="0; url=../../?event=round-3" />');
  expect(html).not.toMatch(/<script/i);
});

test('a preview page leads a person to the app, opened on that event', async ({ page }) => {
  await page.goto('/e/round-3/');
  await expect(page).toHaveURL(/\/\?event=round-3$/);
  const list = page.getByRole('list', { name: 'Chronology' });
  await expect(list.getByRole('link', { name: /^Round 3 Third round/ })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('heading', { level: 2, name: /Third round of direct talks/ })).toBeVisible();
});

test('every event has a preview page', async ({ request }) => {
  for (const id of ['crimea-annexation', 'round-1', 'operation-spiderweb', 'ukraine-reports-heavy-fighting-pokrovsk']) {
    const response = await request.get(`/e/${id}/`);
    expect(response.status(), id).toBe(200);
    expect(await response.text(), id).toContain(`content="0; url=../../?event=${id}"`);
  }
});

test('the home page has its link preview tags', async ({ request }) => {
  const html = await (await request.get('/')).text();
  expect(html).toContain(`<meta property="og:url" content="${site}" />`);
  expect(html).toContain('<meta property="og:title" content="Istanbul talks 2025 — a sourced record" />');
  expect(html).toContain(`<meta property="og:image" content="${site}icon-512.png" />`);
  expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest">');
  // Every script comes from a file, none inline, so a strict Content Security Policy can forbid inline ones.
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toMatch(/\ssrc="/);
});

test('each export downloads what is on screen, in its format', async ({ page }) => {
  await page.goto('/?actors=turkey');
  await expect(page.getByRole('status').filter({ hasText: /of 48 events$/ })).toHaveText(/^(\d+) of 48 events$/);
  const shown = Number(
    (await page
      .getByRole('status')
      .filter({ hasText: /of 48 events$/ })
      .textContent())!.split(' ')[0],
  );

  async function download(name: string): Promise<{ file: string; text: string }> {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { file: file.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  const csv = await download('Download CSV');
  expect(csv.file).toMatch(/\.csv$/);
  const csvRows = csv.text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(csvRows[0]).toMatch(/^id,title,date_edtf,/);
  expect(csvRows.filter((row) => /^[a-z0-9-]+,/.test(row)).length).toBeGreaterThanOrEqual(shown);

  const json = await download('Download JSON');
  const parsed = JSON.parse(json.text) as { events?: unknown[] } | unknown[];
  const events = Array.isArray(parsed) ? parsed : parsed.events!;
  expect(events).toHaveLength(shown);

  const tallies = await download('Download tallies CSV');
  expect(tallies.text.replace(/^\uFEFF/, '')).toMatch(/^[a-z_,]*round[a-z_,]*kind/);

  const calendar = await download('Download calendar (.ics)');
  expect(calendar.file).toMatch(/\.ics$/);
  expect(calendar.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(calendar.text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  expect(calendar.text).toContain('BEGIN:VEVENT');
});

test('the citation opens across the page on a narrow screen, and beside its button on a wide one', async ({ page }) => {
  for (const width of [390, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/');
    await page.getByRole('button', { name: 'Cite this view' }).click();
    const panel = page.getByRole('region', { name: 'Cite this view' });
    await expect(panel.getByRole('button', { name: 'Copy plain text' })).toBeVisible();
    const box = (await panel.boundingBox())!;
    // Inside the screen, whatever its width.
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    // At 390 px it had its button's width (about 180 px), and the citation wrapped a word or two to a line.
    if (width === 390) expect(box.width).toBeGreaterThan(width - 48);
    else expect(box.width).toBeLessThanOrEqual(36 * 16);
  }
});
