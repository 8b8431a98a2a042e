import { eventOf, expect, test, type Page } from './fixtures';

const windowParam = (page: Page) => new URL(page.url()).searchParams.get('window');
const windowCovers = (page: Page, time: number) => {
  const [a, b] = (windowParam(page) ?? '/').split('/');
  return Date.parse(a + 'Z') <= time && time <= Date.parse(b + 'Z');
};

/** The round's box on the timeline lies inside the visible part of the timeline. */
async function expectRoundInView(page: Page, n: number) {
  const panel = await page.locator('.vis-panel.vis-center').boundingBox();
  const round = page.locator('.vis-item.is-round', { hasText: `Round ${n}` });
  await expect(round).toBeVisible();
  const box = await round.boundingBox();
  expect(panel && box).toBeTruthy();
  expect(box!.x).toBeGreaterThanOrEqual(panel!.x - 1);
  expect(box!.x + box!.width).toBeLessThanOrEqual(panel!.x + panel!.width + 1);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.vis-item').first()).toBeAttached();
});

test('opens on the three rounds, and each round button zooms to its round', async ({ page }) => {
  for (const n of [1, 2, 3]) await expectRoundInView(page, n);
  const labels = ['Zoom to Round 1 · 16 May', 'Zoom to Round 2 · 2 June', 'Zoom to Round 3 · 23 July'];
  const days = [Date.UTC(2025, 4, 16), Date.UTC(2025, 5, 2), Date.UTC(2025, 6, 23, 20, 37)];
  for (const [i, label] of labels.entries()) {
    await page.getByRole('button', { name: label }).click();
    await expect.poll(() => windowCovers(page, days[i]!)).toBe(true);
    await expectRoundInView(page, i + 1);
    // Zoomed to a round, the other rounds are out of view.
    for (const other of [1, 2, 3].filter((n) => n !== i + 1)) {
      await expect(page.locator('.vis-item.is-round', { hasText: `Round ${other}` })).toHaveCount(0);
    }
  }
  // Round 3 is drawn with its real start and length: 20:37 for about 40 minutes.
  await expect(page.locator('.vis-time-axis.vis-foreground').first()).toContainText('21:00');
});

test('zoom buttons halve and double the window; fit all reaches back to 2014', async ({ page }) => {
  await page.getByRole('button', { name: 'Zoom to Round 2 · 2 June' }).click();
  await expect.poll(() => windowCovers(page, Date.UTC(2025, 5, 2, 12))).toBe(true);
  const span = () => {
    const [a, b] = windowParam(page)!.split('/');
    return Date.parse(b + 'Z') - Date.parse(a + 'Z');
  };
  const before = span();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(span).toBe(before / 2);
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(span).toBe(before * 2);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(() => windowCovers(page, Date.UTC(2014, 0, 1))).toBe(true);
  expect(windowCovers(page, Date.UTC(2025, 6, 26))).toBe(true);
  await expect(page.locator('.vis-time-axis.vis-foreground').first()).toContainText('2014');
});

test('clicking a round on the timeline selects it and shows its quotes in the details', async ({ page }) => {
  await page.getByRole('button', { name: 'Zoom to Round 3 · 23 July' }).click();
  await page.locator('.vis-item.is-round', { hasText: 'Round 3' }).click();
  await expect.poll(() => eventOf(page)).toBe('round-3');
  const details = page.getByRole('complementary', { name: /Third round of direct talks/ });
  await expect(details).toBeVisible();
  await expect(details.locator('blockquote', { hasText: 'began at 8:37 p.m. local time' })).toBeVisible();
  await expect(details).toContainText('Unnamed news site');
  // The list follows: the same event is current there.
  await expect(page.getByRole('link', { name: /^Round 3 Third round/ })).toHaveAttribute('aria-current', 'true');
});

test('hovering an event shows its tooltip: title, date in words and why the date is uncertain', async ({ page }) => {
  await page.getByRole('button', { name: 'Zoom to Round 1 · 16 May' }).click();
  await page.locator('.vis-item.is-round', { hasText: 'Round 1' }).hover();
  const tooltip = page.locator('.vis-tooltip .tl-tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('First round');
  await expect(tooltip).toContainText('Time of day not given in the sources.');
  // In the page's own typeface and size, not vis-timeline's Verdana (a serif face where Verdana is missing).
  const font = async (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => [getComputedStyle(el).fontFamily, getComputedStyle(el).fontSize]);
  const [family, size] = await font('.vis-tooltip');
  expect(family).toBe((await font('body'))[0]);
  expect(size).toBe('13px');
});

test('a round can be reached and opened with the keyboard alone', async ({ page }) => {
  const timeline = page.getByRole('application', { name: 'Timeline of events' });
  // Tab through the controls to the timeline, as a keyboard user would.
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (await timeline.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(timeline).toBeFocused();
  await page.keyboard.press('Home');
  await expect.poll(() => eventOf(page)).toBe('crimea-annexation');
  for (let i = 0; i < 60 && eventOf(page) !== 'round-1'; i++) {
    const previous = eventOf(page);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => eventOf(page)).not.toBe(previous);
  }
  expect(eventOf(page)).toBe('round-1');
  await expect(page.locator('.vis-item.vis-selected')).toContainText('Round 1');
  await page.keyboard.press('Enter');
  const details = page.getByRole('complementary', { name: /First round/ });
  await expect(details.locator('blockquote').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
});

test('pans and zooms update the URL without adding history entries; selections add one each', async ({ page }) => {
  const length = () => page.evaluate(() => history.length);
  const start = await length();
  const box = (await page.locator('.vis-panel.vis-center').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 40);
  await page.mouse.wheel(0, -400);
  await expect.poll(() => windowParam(page)).not.toBeNull();
  await page.mouse.wheel(0, 300);
  expect(await length()).toBe(start);
  await page.getByRole('link', { name: /^Round 2 Second round/ }).click();
  await page.getByRole('link', { name: /^Round 3 Third round/ }).click();
  await expect.poll(length).toBe(start + 2);
  await page.goBack();
  await expect.poll(() => eventOf(page)).toBe('round-2');
});

test.describe('narrow screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('details open as a sheet, and the page never scrolls sideways', async ({ page }) => {
    await page.getByRole('link', { name: /^Round 2 Second round/ }).click();
    const sheet = page.getByRole('dialog', { name: /Second round/ });
    await expect(sheet).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await sheet.getByRole('button', { name: 'Close details' }).click();
    await expect(sheet).toHaveCount(0);
  });
});

test.describe('touch', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  /** A one- or two-finger gesture through Chromium's own touch input, as a phone sends it. */
  async function gesture(page: Page, from: [number, number][], to: [number, number][]) {
    const cdp = await page.context().newCDPSession(page);
    const points = (at: [number, number][]) => at.map(([x, y], id) => ({ x, y, id }));
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(from) });
    for (let step = 1; step <= 10; step++) {
      const at = from.map(([x, y], i) => [x + ((to[i]![0] - x) * step) / 10, y + ((to[i]![1] - y) * step) / 10]);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(at as [number, number][]) });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }

  const span = (page: Page) => {
    const [a, b] = (windowParam(page) ?? '/').split('/');
    return { start: Date.parse(a + 'Z'), width: Date.parse(b + 'Z') - Date.parse(a + 'Z') };
  };

  test('a finger pans the timeline and two fingers pinch-zoom it', async ({ page }) => {
    await page.getByRole('button', { name: 'Zoom to Round 2 · 2 June' }).click();
    await expect.poll(() => windowParam(page)).not.toBeNull();
    const before = span(page);
    const box = (await page.locator('.vis-panel.vis-center').boundingBox())!;
    const y = box.y + box.height / 2;
    await gesture(page, [[box.x + box.width * 0.7, y]], [[box.x + box.width * 0.3, y]]);
    await expect.poll(() => span(page).start).toBeGreaterThan(before.start);
    const panned = span(page);
    expect(Math.abs(panned.width - before.width)).toBeLessThan(60_000);

    const cx = box.x + box.width / 2;
    await gesture(
      page,
      [
        [cx - 20, y],
        [cx + 20, y],
      ],
      [
        [cx - 100, y],
        [cx + 100, y],
      ],
    );
    await expect.poll(() => span(page).width).toBeLessThan(panned.width);
  });
});
