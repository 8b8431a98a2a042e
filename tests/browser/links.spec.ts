import { eventOf, expect, test, type Page } from './fixtures';

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

test('a shared link reopens exactly the view: filter, selection, details and time window', async ({
  page,
  browser,
}) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.locator('summary', { hasText: 'Actors' }).click();
  await page.getByRole('checkbox', { name: /^Vladimir Medinsky/ }).check();
  await page.locator('summary', { hasText: 'Actors (1)' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^\d+ of 48 events$/ })).toBeVisible();
  const count = await page
    .getByRole('status')
    .filter({ hasText: /^\d+ of 48 events$/ })
    .textContent();

  await page.getByRole('link', { name: /^Round 3 Third round/ }).click();
  await page.getByRole('button', { name: 'Zoom to Round 3 · 23 July' }).click();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(() => param(page, 'window')).toBe('2025-07-22T10:00/2025-07-24T14:00');

  const share = page.getByRole('button', { name: 'Share this view' });
  const embed = page.getByRole('button', { name: /Embed/ });
  const before = [await share.boundingBox(), await embed.boundingBox()];
  await share.click();
  await expect(page.getByText('Link copied to the clipboard.')).toBeVisible();
  // Saying so moves nothing: the words float under the button, not beside it.
  expect([await share.boundingBox(), await embed.boundingBox()]).toEqual(before);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());

  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(copied);
  await expect(fresh.getByRole('status').filter({ hasText: /^\d+ of 48 events$/ })).toHaveText(count!);
  await expect(fresh.getByRole('complementary', { name: /Third round/ })).toBeVisible();
  await expect(fresh.getByRole('link', { name: /^Round 3 Third round/ })).toHaveAttribute('aria-current', 'true');
  await expect(fresh.locator('.vis-item.vis-selected')).toContainText('Round 3');
  await expect(fresh.locator('.vis-time-axis.vis-foreground').first()).toContainText('Thu 24');
  expect(param(fresh, 'window')).toBe('2025-07-22T10:00/2025-07-24T14:00');
  await fresh.locator('summary', { hasText: 'Actors (1)' }).click();
  await expect(fresh.getByRole('checkbox', { name: /^Vladimir Medinsky/ })).toBeChecked();
  await fresh.context().close();
});

test('Back and Forward step through selections and filter changes', async ({ page }) => {
  await page.goto('/');
  // A reader pauses between steps; changes less than a quarter of a second apart make one step (next test).
  await page.getByRole('link', { name: /^Round 1 First round/ }).click();
  await expect.poll(() => eventOf(page)).toBe('round-1');
  await page.getByRole('link', { name: /^Round 2 Second round/ }).click();
  await expect.poll(() => eventOf(page)).toBe('round-2');
  await page.locator('summary', { hasText: 'Tracks' }).click();
  await page.getByRole('checkbox', { name: 'Military' }).uncheck();
  await expect.poll(() => param(page, 'tracks')).not.toBeNull();

  await page.goBack();
  await expect.poll(() => param(page, 'tracks')).toBeNull();
  await expect(page.getByRole('checkbox', { name: 'Military' })).toBeChecked();
  expect(eventOf(page)).toBe('round-2');
  await page.goBack();
  await expect.poll(() => eventOf(page)).toBe('round-1');
  await expect(page.getByRole('link', { name: /^Round 1 First round/ })).toHaveAttribute('aria-current', 'true');
  await page.goForward();
  await expect.poll(() => eventOf(page)).toBe('round-2');
  await expect(page.locator('.vis-item.vis-selected')).toContainText('Round 2');
});

test('a burst of changes is one history step, and the address bar follows when it ends', async ({ page }) => {
  await page.goto('/e/round-1/');
  const steps = await page.evaluate(() => history.length);
  await page.getByRole('application', { name: 'Timeline of events' }).focus();
  // A held arrow key: a keydown every 30 ms. Sent from inside the page, since presses sent one by one from here
  // arrived over 250 ms apart on a busy machine, which are separate steps.
  await page.evaluate(async () => {
    for (let i = 0; i < 4; i++) {
      const init = { key: 'ArrowRight', bubbles: true, cancelable: true };
      document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', init));
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  });
  const selected = page.locator('ol[aria-labelledby=chronology-heading] a[aria-current=true]');
  const landed = await selected.getAttribute('data-event-id');
  expect(landed).not.toBe('round-1');
  await expect.poll(() => eventOf(page)).toBe(landed);
  expect(await page.evaluate(() => history.length)).toBe(steps + 1);

  await page.goBack();
  await expect.poll(() => eventOf(page)).toBe('round-1');
  await expect(selected).toHaveAttribute('data-event-id', 'round-1');
});

test('a hostile link shows a notice, runs nothing, shows the text literally and applies the rest', async ({ page }) => {
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const script = '<script>alert(1)</script>';
  const img = '"><img src=x onerror=alert(2)>';
  const search = new URLSearchParams({
    event: 'round-2',
    actors: `turkey,${img}`,
    q: `${script}`,
    window: '2025-12-31/2025-01-01',
    evil: img,
  });
  await page.goto(`/?${search.toString()}&event=round-3&${'x'.repeat(10)}=${'y'.repeat(5000)}`);
  const notice = page.getByRole('status').filter({ hasText: 'Part of this link could not be used' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(img);
  await expect(notice).toContainText('ends before it starts');
  await expect(notice).toContainText('appears twice in the link');
  // The rest applies: the first event, the valid actor, and the search text shown as typed.
  await expect(page.getByRole('complementary', { name: /Second round/ })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: /Search titles/ })).toHaveValue(script);
  await expect(page.getByText('Actors (1)')).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
  await notice.getByRole('button', { name: 'Dismiss this notice' }).click();
  await expect(notice).toHaveCount(0);
});
