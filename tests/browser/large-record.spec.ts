import { generateDataset } from '../../scripts/bench/generate';
import { expect, test } from './fixtures';

// A record far larger than the real one (the bench's synthetic events, in the app's own format), served in place
// of the dataset file: the timeline counts what it cannot draw one by one, and the list still has every event.
const large = JSON.stringify(generateDataset({ events: 3000 }));

test.beforeEach(async ({ page }) => {
  await page.route('**/assets/dataset-*.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: large }),
  );
});

test('a large record opens with counts on the timeline, and a count zooms into its stretch', async ({ page }) => {
  await page.goto('/');
  // The list still has every event, whatever the timeline counts.
  await expect(page.getByText('3000 events in time order', { exact: false })).toBeVisible();
  const counts = page.locator('.vis-item.is-cluster');
  await expect(counts.first()).toBeVisible();
  await expect(page.getByText(/numbered boxes count them; click one to zoom in/)).toBeVisible();
  // Far fewer boxes than events: the timeline is not asked to draw thousands.
  expect(await page.locator('.vis-item').count()).toBeLessThan(300);

  const before = new URL(page.url()).searchParams.get('window');
  const count = counts.first();
  const number = Number(await count.innerText());
  expect(number).toBeGreaterThan(1);
  await count.click();
  await expect.poll(() => new URL(page.url()).searchParams.get('window')).not.toBe(before);
  // Zoomed in, events are drawn as themselves and open on click.
  const event = page.locator('.vis-item:not(.is-cluster)').first();
  await expect(event).toBeVisible();
  await event.click();
  await expect.poll(() => new URL(page.url()).searchParams.get('event')).not.toBeNull();
  await expect(page.getByRole('complementary')).toBeVisible();
});
