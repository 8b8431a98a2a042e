import { expect, test } from '@playwright/test';

test('a first visit lists the three rounds among the events, in time order', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  const list = page.getByRole('list', { name: 'Chronology' });
  await expect(list).toBeVisible();
  // The three rounds carry a "Round N" badge; other events may mention a round in their titles.
  const rounds = list.getByRole('article').filter({ has: page.getByText(/^Round \d$/) });
  await expect(rounds).toHaveCount(3);
  await expect(rounds.nth(0)).toContainText('16 May 2025');
  await expect(rounds.nth(1)).toContainText('2 June 2025');
  await expect(rounds.nth(2)).toContainText('23 July 2025, 20:37 local time');

  const times = await list.locator('time[datetime]').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
  const sorted = [...times].sort();
  expect(times).toEqual(sorted);

  const round3 = rounds.nth(2);
  await expect(round3).toContainText('23 July 2025, 20:37 local time');
  await round3.getByText(/^Sources \(\d+\)$/).click();
  await expect(round3.locator('blockquote').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('at 390 px the page does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Chronology' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a missing dataset shows what is wrong and a retry', async ({ page }) => {
  await page.route('**/dataset-*.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('HTTP 404');
  await page.unroute('**/dataset-*.json');
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('list', { name: 'Chronology' })).toBeVisible();
});
