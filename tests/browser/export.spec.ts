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
  await expect(list.getByRole('button', { name: /^Round 3: Third round/ })).toHaveAttribute('aria-current', 'true');
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
  // Registration comes from a file, not an inline script, so a strict Content Security Policy can forbid those.
  expect(html).toContain('<script id="vite-plugin-pwa:register-sw" src="/registerSW.js"></script>');
});
