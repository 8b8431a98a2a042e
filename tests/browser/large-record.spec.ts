import { generateDataset } from '../../scripts/bench/generate';
import type { Locator } from '@playwright/test';
import { eventOf, expect, test, type Page } from './fixtures';

// A record far larger than the real one (the bench's synthetic events, in the app's own format), served in place
// of the dataset file: the timeline counts what it cannot draw one by one, and the list still has every event.
const large = JSON.stringify(generateDataset({ events: 3000 }));

/** The first of `boxes` drawn wholly inside the timeline's view. */
async function wholeInView(page: Page, boxes: Locator): Promise<Locator> {
  const view = (await page.locator('.vis-panel.vis-center').boundingBox())!;
  for (const box of await boxes.all()) {
    const at = await box.boundingBox();
    if (at && at.x >= view.x && at.x + at.width <= view.x + view.width) return box;
  }
  throw new Error('no box wholly inside the view');
}

test.beforeEach(async ({ page }) => {
  await page.route('**/assets/dataset-*.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: large }),
  );
});

test('a large record opens with counts on the timeline, and a count zooms into its stretch', async ({ page }) => {
  await page.goto('/');
  // The list still has every event, whatever the timeline counts; those before the talks are folded.
  await expect(page.getByText('3,000 of 3,000 events')).toBeVisible();
  const list = page.getByRole('list', { name: 'Chronology' });
  await expect(list.getByRole('button', { name: /^Background \(\d+\)$/ })).toHaveAttribute('aria-expanded', 'false');
  const counts = page.locator('.vis-item.is-cluster');
  await expect(counts.first()).toBeVisible();
  await expect(page.getByText(/numbered boxes count them; click one to zoom in/)).toBeVisible();
  // The key explains them too, beside a copy of the box.
  await expect(page.getByRole('list', { name: 'Marks' })).toContainText('events counted (click to zoom in)');
  // Far fewer boxes than events: the timeline is not asked to draw thousands.
  expect(await page.locator('.vis-item').count()).toBeLessThan(300);

  const before = new URL(page.url()).searchParams.get('window');
  // Boxes just outside the view are in the page too, clipped: take one the reader can see whole.
  const count = await wholeInView(page, page.locator('.vis-item.is-cluster:not(.is-earlier)'));
  const number = Number(await count.innerText());
  expect(number).toBeGreaterThan(1);
  await count.click();
  await expect.poll(() => new URL(page.url()).searchParams.get('window')).not.toBe(before);
  // Zoomed in, events are drawn as themselves and open on click.
  await expect(page.locator('.vis-item:not(.is-cluster)').first()).toBeVisible();
  const event = await wholeInView(page, page.locator('.vis-item:not(.is-cluster)'));
  await event.click();
  await expect.poll(() => eventOf(page)).not.toBeNull();
  await expect(page.getByRole('complementary')).toBeVisible();
});

test('the counts follow the filters: ticking an actor recounts the boxes, unticking brings the same numbers back', async ({
  page,
}) => {
  await page.goto('/');
  const counts = page.locator('.vis-item.is-cluster');
  await expect(counts.first()).toBeVisible();
  // In no particular order: boxes taken away and drawn again come back elsewhere in the DOM.
  const numbers = async () => (await counts.allInnerTexts()).map(Number).sort((a, b) => a - b);
  const before = await numbers();

  await page
    .locator('summary', { hasText: /actors/i })
    .first()
    .click();
  const actor = page.getByRole('group', { name: /actor/i }).getByRole('checkbox').first();
  await actor.check();
  await expect.poll(numbers).not.toEqual(before);
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
  expect(sum(await numbers())).toBeLessThan(sum(before));
  // Each box says the same as its tooltip, which is built afresh on hover: no box keeps a count from before.
  // (Boxes just outside the view are still in the DOM, clipped: only those wholly inside it are hovered.)
  const tooltip = page.locator('.vis-tooltip .tl-tooltip > div').first();
  const view = (await page.locator('.vis-panel.vis-center').boundingBox())!;
  let checked = 0;
  for (const box of await counts.all()) {
    const at = await box.boundingBox();
    if (!at || at.x < view.x || at.x + at.width > view.x + view.width || at.y + at.height > view.y + view.height) {
      continue;
    }
    await box.hover();
    await expect(tooltip).toHaveText(`${await box.innerText()} events`);
    await page.mouse.move(0, 0);
    if (++checked === 4) break;
  }
  expect(checked).toBe(4);

  await actor.uncheck();
  await expect.poll(numbers).toEqual(before);
});

test('events running into the view from before are counted in one box per row, which zooms out to where they begin', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
  const windowStart = () => Date.parse(`${new URL(page.url()).searchParams.get('window')?.split('/')[0]}Z`);
  await expect.poll(windowStart).not.toBeNaN();
  const zoomedFrom = windowStart();
  const earlier = page.locator('.vis-item.is-earlier');
  await expect(earlier.first()).toBeVisible();
  await expect(page.getByText(/A box with an arrow \(←\) counts events that began before the view/)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Marks' })).toContainText('began before the view (click to zoom out)');
  // One per row at most, each counting more than a row may draw as themselves.
  const rows = await earlier.evaluateAll((boxes) => boxes.map((b) => b.closest('.vis-group')));
  expect(new Set(rows).size).toBe(rows.length);
  for (const text of await earlier.allInnerTexts()) expect(Number(text)).toBeGreaterThan(3);
  // It also counts what starts in its own stretch: no count of that row stands in the same place (which stacked the
  // two, and made the row two lines tall).
  const shared = await earlier.evaluateAll((boxes) =>
    boxes.filter((box) => {
      const left = box.getBoundingClientRect().left;
      const counts = box.closest('.vis-group')!.querySelectorAll('.vis-item.is-cluster:not(.is-earlier)');
      return [...counts].some((count) => Math.abs(count.getBoundingClientRect().left - left) < 2);
    }),
  );
  expect(shared).toHaveLength(0);
  // Its tooltip says what it counts.
  await earlier.first().hover();
  await expect(page.locator('.vis-tooltip .tl-tooltip')).toContainText(/began before this view/i);
  await page.mouse.move(0, 0);
  await earlier.first().click();
  await expect.poll(windowStart).toBeLessThan(zoomedFrom);
});

test.describe(() => {
  // The reload below must get the large record too: with the service worker, it would get the cached real one.
  test.use({ serviceWorkers: 'block' });

  test('after a zoom step the boxes for earlier events stand where a fresh load of that view draws them', async ({
    page,
  }) => {
    const windowParam = () => new URL(page.url()).searchParams.get('window');
    /** Per box for earlier events: its row, its number and where it is drawn. */
    const read = () =>
      page.locator('.vis-item.is-earlier').evaluateAll((boxes) => {
        const view = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
        const rows = [...document.querySelectorAll('.vis-foreground .vis-group')];
        return boxes.map((box) => {
          const at = box.getBoundingClientRect();
          return {
            row: rows.indexOf(box.closest('.vis-group')!),
            text: (box as HTMLElement).innerText,
            left: Math.round(at.left - view.left),
            width: Math.round(at.width),
          };
        });
      });
    const settled = () =>
      page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))));

    await page.goto('/');
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await expect.poll(windowParam).not.toBeNull();
    await expect(page.locator('.vis-item.is-earlier').first()).toBeVisible();
    await settled();
    const before = await read();
    const first = windowParam();
    await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
    await expect.poll(windowParam).not.toBe(first);
    await settled();
    const after = await read();
    // Moved with the view (a zoom step about the centre moves the view's left edge).
    expect(after.length).toBeGreaterThan(0);
    expect(after.map((box) => box.left)).not.toEqual(before.map((box) => box.left));

    // A fresh load of the same view draws the same boxes in the same places with the same numbers.
    await page.goto(page.url());
    await expect(page.locator('.vis-item.is-earlier').first()).toBeVisible();
    await settled();
    const fresh = await read();
    expect(after).toEqual(fresh);
  });
});
