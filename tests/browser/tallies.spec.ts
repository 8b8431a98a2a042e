import { eventOf, expect, test } from './fixtures';

test("clicking a round's column selects that round on the timeline and in the URL", async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.vis-item').first()).toBeAttached();
  const table = page.getByRole('table').first();
  await table.getByRole('button', { name: /^Round 2/ }).click();
  await expect.poll(() => eventOf(page)).toBe('round-2');
  await expect(page.locator('.vis-item.vis-selected')).toContainText('Round 2');
  await expect(table.getByRole('button', { name: /^Round 2/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('complementary', { name: /Second round/ })).toBeVisible();
});

test('a figure opens its quotes, and round 1 says the sources report nothing', async ({ page }) => {
  await page.goto('/');
  const table = page.getByRole('table').first();
  await expect(table).toContainText('not reported in the sources');
  await table.getByRole('button', { name: /^at least 1,200 .*: sources$/ }).click();
  await expect(
    page.locator('blockquote', { hasText: 'at least 1,200 more prisoners of war from each side' }).first(),
  ).toBeVisible();
});
