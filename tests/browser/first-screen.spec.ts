import { expect, test } from './fixtures';

test('a first visit lists the three rounds among the events, in the order of the story', async ({ page }) => {
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

  // Day by day in time order; within a round's day its own card (with its time) comes first.
  const days = await list
    .locator('time[datetime]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!.slice(0, 10)));
  expect(days).toEqual([...days].sort());
  expect(errors).toEqual([]);
});

test('the list is there before the timeline code has loaded', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/TimelineCanvas-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Chronology' })).toBeVisible();
  await expect(page.getByText('Loading the timeline…')).toBeVisible();
  const placeholder = await page.getByRole('application', { name: 'Timeline of events' }).boundingBox();
  release();
  await expect(page.locator('.vis-item').first()).toBeAttached();
  const drawn = await page.getByRole('application', { name: 'Timeline of events' }).boundingBox();
  expect(drawn?.height).toBe(placeholder?.height);
});

test("the page head asks for the dataset, its schema and the timeline's code, and the app reuses those downloads", async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Chronology' })).toBeVisible();
  // As served, before the app's own code adds hints for the chunks it imports later.
  const html = await (await page.request.get('/')).text();
  const hinted = [...html.matchAll(/<link rel="(?:preload|modulepreload)" href="([^"]+)"/g)].map((m) => m[1]);
  expect(hinted).toEqual([
    expect.stringMatching(/\/dataset-[\w-]+\.json$/),
    expect.stringMatching(/\/schema-[\w-]+\.js$/),
    expect.stringMatching(/\/TimelineCanvas-[\w-]+\.js$/),
    expect.stringMatching(/\/TimelineCanvas-[\w-]+\.css$/),
  ]);
  // A hint that does not match the app's own request (mode, credentials) is downloaded a second time.
  for (const path of hinted) expect(requested.filter((p) => p === path)).toHaveLength(1);
});

test('at 390 px the page does not scroll sideways', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Chronology' })).toBeVisible();
  await expect(page.locator('.vis-item').first()).toBeAttached();
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
