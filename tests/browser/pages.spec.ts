// The prerendered pages: readable before and without any script, hydrated without a mismatch, one page per event.
import { expect, test, type Page } from './fixtures';

/** Console messages that say hydration went wrong, or any error the page logged. */
function watchConsole(page: Page): string[] {
  const bad: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || /hydrat/i.test(text)) bad.push(`${message.type()}: ${text}`);
  });
  return bad;
}

for (const path of [
  '/',
  '/e/round-3/',
  '/e/crimea-annexation/',
  '/?actors=turkey&q=summit',
  '/e/round-2/?actors=turkey',
]) {
  test(`${path} hydrates without a warning or an error`, async ({ page }) => {
    const bad = watchConsole(page);
    await page.goto(path);
    await expect(page.locator('.vis-item').first()).toBeAttached();
    // Hydration is done once the app reacts: the timeline is drawn by the hydrated page only.
    expect(bad).toEqual([]);
    // An event's page stays at its address: no redirect, no reload.
    expect(new URL(page.url()).pathname).toBe(new URL(path, 'http://x').pathname);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page is the record: the rounds, the list and the figures', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Istanbul talks/);
    const list = page.getByRole('list', { name: 'Chronology' });
    // The talks are open; the background is a fold the browser itself opens.
    await expect(list.getByRole('article')).toHaveCount(37);
    await list.locator('summary', { hasText: /^Background \(11\)/ }).click();
    await expect(list.getByRole('article')).toHaveCount(48);
    await expect(page.getByText('23 July 2025, 20:37 local time').first()).toBeVisible();
    await expect(page.getByRole('table').first()).toContainText('1,200');
    // The timeline's box says, in words, that it needs JavaScript.
    await expect(page.getByText(/timeline needs JavaScript/)).toBeVisible();
  });

  test("round 3's page has its time, length, figures and quotes", async ({ page }) => {
    await page.goto('/e/round-3/');
    const details = page.getByRole('complementary').or(page.getByRole('dialog'));
    await expect(details).toContainText('20:37');
    await expect(details).toContainText('40 minutes');
    await expect(details).toContainText('1,200');
    await expect(details.locator('blockquote:visible').first()).toBeVisible();
    await expect(details).toContainText('Reuters');
    // The page opens at its top; one link leads to the event.
    await page.getByRole('link', { name: 'Go to this event’s details' }).click();
    await expect(details.getByRole('heading', { level: 2 })).toBeInViewport();
  });
});

test('an address the record does not have says so, with the status 404 and a way back', async ({ page }) => {
  for (const path of ['/e/nope/', '/no/such/page/']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { name: 'This page is not in the record' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Go to the record/ })).toHaveAttribute('href', '/');
  }
});

test("an event's page without its final slash is sent to it", async ({ page }) => {
  await page.goto('/e/round-3');
  expect(new URL(page.url()).pathname).toBe('/e/round-3/');
});

test("an older link's ?event= opens the event at its own address, keeping the rest of the view", async ({ page }) => {
  await page.goto('/?event=round-2&actors=turkey');
  await expect(page).toHaveURL(/\/e\/round-2\/\?actors=turkey$/);
  await expect(page.getByRole('heading', { level: 2, name: /Second round of direct talks/ })).toBeVisible();
});
