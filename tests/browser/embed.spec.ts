// The record framed in another site's article: a host page served from another origin on this machine embeds it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seriousViolations } from './axe';
import { expect, test, type Page } from './fixtures';

let host: Server;
let hostOrigin = '';
/** The host page's HTML by path, set by each test before it opens the page. */
const pages = new Map<string, string>();

test.beforeAll(async () => {
  host = createServer((req, res) => {
    const html = pages.get(req.url ?? '');
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => host.listen(0, 'localhost', resolve));
  // "localhost", not 127.0.0.1: another host name, so another origin, as an article's site is.
  hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

test.beforeEach(() => {
  test.info().annotations.push({ type: 'other-origin', description: hostOrigin });
});
// The host page is not the record: there is no app in it to wait for.
test.use({ waitForApp: false });

/** An article that embeds `framed` from the record, with the host script (or without it). */
function article(record: string, framed: string, withScript = true) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title></head><body>
    <main><h1>An article about the talks</h1><p>Text before the frame.</p>
    <iframe src="${record}${framed}" title="The 2025 Istanbul talks: a sourced record" loading="lazy" width="100%"
      height="720" style="border:0;max-width:1000px"></iframe>
    ${withScript ? `<script src="${record}/embed.js" async></script>` : ''}
    <p>Text after the frame.</p></main></body></html>`;
}

async function openArticle(page: Page, baseURL: string, framed: string, withScript = true) {
  pages.set('/article', article(baseURL, framed, withScript));
  await page.goto(`${hostOrigin}/article`);
  return page.frameLocator('iframe');
}

test('the embed loads in an article on another site, fits its height, and its link carries the view', async ({
  page,
  baseURL,
}) => {
  const frame = await openArticle(page, baseURL!, '/embed/?actors=turkey&event=round-2');
  await expect(frame.getByRole('heading', { level: 2, name: /Second round of direct talks/ })).toBeVisible();
  await expect(frame.locator('.vis-item').first()).toBeAttached();
  // The host script fits the frame to the record's content, which is taller than the frame's starting 720 px.
  const iframe = page.locator('iframe');
  await expect.poll(async () => (await iframe.boundingBox())?.height).toBeGreaterThan(720);
  // Fitted to the content, not to the frame: the record's own box, all of it, with nothing to scroll.
  const content = await frame.locator('body > div#root > div').evaluate((el) => el.getBoundingClientRect().height);
  await expect.poll(async () => Math.abs((await iframe.boundingBox())!.height - content)).toBeLessThanOrEqual(2);
  expect(await frame.locator('html').evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
  // "Open the full record" opens the record's own page for this view, in a new top-level tab.
  const open = frame.getByRole('link', { name: 'Open the full record' });
  await expect(open).toHaveAttribute('href', '/e/round-2/?actors=turkey');
  await expect(open).toHaveAttribute('target', '_blank');
  await expect(open).toHaveAttribute('rel', 'noopener');
  const [tab] = await Promise.all([page.context().waitForEvent('page'), open.click()]);
  await tab.waitForLoadState();
  expect(new URL(tab.url()).pathname).toBe('/e/round-2/');
  expect(new URL(tab.url()).searchParams.get('actors')).toBe('turkey');
});

test('without the host script the frame keeps its height and scrolls inside', async ({ page, baseURL }) => {
  const frame = await openArticle(page, baseURL!, '/embed/', false);
  await expect(frame.locator('.vis-item').first()).toBeAttached();
  expect((await page.locator('iframe').boundingBox())!.height).toBe(720);
  expect(await frame.locator('html').evaluate((el) => el.scrollHeight)).toBeGreaterThan(720);
});

test("a full page of the record refuses to be framed by another site's page", async ({ page, baseURL }) => {
  test.info().annotations.push({ type: 'expected-page-error', description: 'the framed page is blocked' });
  await openArticle(page, baseURL!, '/e/round-3/');
  const frame = page.frames().find((f) => f !== page.mainFrame())!;
  await expect.poll(() => frame.url()).not.toBe('about:blank');
  // Chromium puts its error page in a refused frame: the record's heading never appears there.
  await expect(page.frameLocator('iframe').getByRole('heading', { name: /Istanbul talks/ })).toHaveCount(0);
  expect(frame.url()).not.toContain('/e/round-3/');
});

test('inside the frame: opening an event shows it in place, keys and Escape work, and axe finds nothing serious', async ({
  page,
  baseURL,
}) => {
  const frame = await openArticle(page, baseURL!, '/embed/');
  await expect(frame.locator('.vis-item').first()).toBeAttached();
  const list = frame.getByRole('list', { name: 'Chronology' });
  await list
    .getByRole('link', { name: /^Round 3/ })
    .first()
    .click();
  const details = frame.getByRole('heading', { level: 2, name: /Third round of direct talks/ });
  await expect(details).toBeVisible();
  await expect(frame.getByRole('region', { name: /Third round/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  await expect(list.getByRole('link', { name: /^Round 3/ }).first()).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
});
