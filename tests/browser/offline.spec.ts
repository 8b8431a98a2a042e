import { expect, test, type Page } from './fixtures';

/** Waits for the service worker to install, then reloads so it controls the page (the first load never is). */
async function visitOnce(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Chronology' })).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test('after one visit the app and its dataset work without a network', async ({ page, context }) => {
  await visitOnce(page);
  await context.setOffline(true);
  // The network really is gone: what the service worker does not hold cannot be fetched.
  const uncached = await page.evaluate(() =>
    fetch('/never-built.txt').then(
      () => 'fetched',
      () => 'failed',
    ),
  );
  expect(uncached).toBe('failed');
  await page.reload();
  const list = page.getByRole('list', { name: 'Chronology' });
  await expect(list).toBeVisible();
  await expect(list.getByRole('article').filter({ has: page.getByText(/^Round \d$/) })).toHaveCount(3);

  // An event's page opens offline too, prerendered as online, and so does an older link to it.
  await page.goto('/e/round-2/');
  await expect(list.getByRole('link', { name: /^Round 2 Second round/ })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('heading', { level: 2, name: /Second round of direct talks/ })).toBeVisible();
  await page.goto('/?event=round-3&actors=turkey');
  await expect(page).toHaveURL(/\/e\/round-3\/\?actors=turkey$/);
  // An address the record does not have gets the not-found page offline too.
  await page.goto('/no/such/page/');
  await expect(page.getByRole('heading', { name: 'This page is not in the record' })).toBeVisible();
});

test('the service worker precaches the very dataset file the page loads', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Chronology' })).toBeVisible();
  const dataset = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .find((path) => /\/assets\/dataset-[\w-]+\.json$/.test(path)),
  );
  expect(dataset).toBeDefined();
  const sw = await (await request.get('/sw.js')).text();
  expect(sw).toContain(`"${dataset!.slice(1)}"`);
});

test('the service worker is registered only after the timeline has drawn its first items', async ({ page }) => {
  // Registering makes the service worker download every asset again; during the first load it slowed the list and
  // the timeline down. Record when registration is asked for, and when the first timeline item appears.
  await page.addInitScript(`
    window.__firstLoad = {};
    const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
    navigator.serviceWorker.register = (...args) => {
      window.__firstLoad.registered ??= performance.now();
      return register(...args);
    };
    new MutationObserver(() => {
      if (!window.__firstLoad.items && document.querySelector('.vis-timeline .vis-item')) {
        window.__firstLoad.items = performance.now();
      }
    }).observe(document, { childList: true, subtree: true });
  `);
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const { items, registered } = await page.evaluate(
    () => (window as unknown as { __firstLoad: { items?: number; registered?: number } }).__firstLoad,
  );
  expect(items).toBeDefined();
  expect(registered).toBeDefined();
  expect(registered!).toBeGreaterThan(items!);
});
