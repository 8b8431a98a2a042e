import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

// Requests must reach page.route, not a service worker's cache.
test.use({ serviceWorkers: 'block' });

const dataset = readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8');
const DATASET = '**/dataset-*.json';

test.describe('a broken dataset is explained, with a retry, and the page stays usable', () => {
  const cases: Record<string, { status?: number; body: string; message: RegExp }> = {
    missing: { status: 404, body: 'Not found', message: /HTTP 404/ },
    truncated: { body: dataset.slice(0, dataset.length / 2), message: /not valid JSON/ },
    'not JSON': { body: '<!doctype html><title>Login</title>', message: /not valid JSON/ },
    'schema-invalid': {
      body: dataset.replace('"format": "istanbul-talks-2025/dataset"', '"format": "something-else"'),
      message: /does not match its published format/,
    },
  };
  for (const [name, { status = 200, body, message }] of Object.entries(cases)) {
    test(name, async ({ page }) => {
      await page.route(DATASET, (route) => route.fulfill({ status, body, contentType: 'application/json' }));
      await page.goto('/');
      await expect(page.getByRole('alert')).toContainText(message);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.unroute(DATASET);
      await page.getByRole('button', { name: 'Retry' }).click();
      await expect(page.getByRole('list', { name: 'Chronology' })).toBeVisible();
    });
  }
});

test.describe(() => {
  test.use({ waitForApp: false });

  test('with a slow dataset the prerendered record is there at once, and the page comes alive when it arrives', async ({
    page,
  }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(DATASET, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/');
    const list = page.getByRole('list', { name: 'Chronology' });
    await expect(list.getByRole('article', { name: /^Round 3 Third round/ })).toBeVisible();
    await expect(list.locator('summary', { hasText: /^Background \(11\)/ })).toBeVisible();
    await expect(page.locator('html[data-app=ready]')).toHaveCount(0);
    await expect(page.getByText('Loading the timeline…')).toBeVisible();
    release();
    await expect(page.locator('html[data-app=ready]')).toHaveCount(1);
    await expect(page.locator('.vis-item').first()).toBeAttached();
  });
});

test('a failure inside the timeline stays there: the list, details and tallies keep working', async ({ page }) => {
  test.info().annotations.push({ type: 'expected-page-error', description: 'the timeline chunk is made to throw' });
  await page.route('**/TimelineCanvas-*.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("timeline exploded");' }),
  );
  await page.goto('/');
  const timeline = page.getByRole('application', { name: 'Timeline of events' });
  await expect(timeline.getByRole('alert')).toContainText('The timeline could not be drawn');
  await page.getByRole('link', { name: /^Round 3 Third round/ }).click();
  await expect(page.getByRole('complementary', { name: /Third round/ })).toBeVisible();
  await expect(page.getByRole('table').first()).toContainText('at least 1,200');
});

test('when the timeline code fails to download, Try again fetches it again', async ({ page }) => {
  test.info().annotations.push({ type: 'expected-page-error', description: 'the timeline chunk fails once' });
  let offline = true;
  await page.route('**/TimelineCanvas-*.js', (route) => (offline ? route.abort('connectionreset') : route.continue()));
  await page.goto('/');
  const timeline = page.getByRole('application', { name: 'Timeline of events' });
  await expect(timeline.getByRole('alert')).toContainText('The timeline could not be drawn');
  offline = false;
  await timeline.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('.vis-timeline .vis-item').first()).toBeVisible();
  await expect(timeline.getByRole('alert')).toHaveCount(0);
});

/** The real dataset with a payload put in front of every free-text field. */
function hostile(payload: string): string {
  const textFields = new Set([
    'title',
    'summary',
    'dateNote',
    'place',
    'name',
    'aliases',
    'label',
    'description',
    'topic',
    'note',
    'claim',
    'reason',
    'quote',
    'publisher',
    'headline',
    'dateline',
    'publishedNote',
    'text',
    'via',
  ]);
  const walk = (value: unknown, key: string): unknown => {
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    return typeof value === 'string' && textFields.has(key) ? `${payload}${value}` : value;
  };
  return JSON.stringify(walk(JSON.parse(dataset), ''));
}

test('markup in every text field of the dataset shows as text and runs nothing', async ({ page }) => {
  // Short enough that every title stays within the schema's 160 characters.
  const payload = '<img src=x onerror=alert(1)>';
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.route(DATASET, (route) => route.fulfill({ contentType: 'application/json', body: hostile(payload) }));
  await page.goto('/?event=round-3');
  const details = page.getByRole('complementary');
  await expect(details.getByRole('heading', { level: 2 })).toContainText(`${payload}Third round`);
  await expect(details.locator('blockquote').first()).toContainText(payload);
  await expect(page.locator('.vis-item:not(.is-round) .tl-label').first()).toContainText(payload);
  await page.locator('summary', { hasText: 'Actors' }).click();
  await expect(page.getByRole('checkbox', { name: new RegExp(`Vladimir Medinsky`) })).toBeVisible();
  await expect(page.locator('img[src="x"], script:not([src])')).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(dialogs).toEqual([]);
});
