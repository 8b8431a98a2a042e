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

/**
 * How the timeline lays out now: whether its rows fit without a scroll of their own, which labels are cut by the
 * view's edges, which labels on one line run into each other, and the labels drawn wholly in view.
 */
async function layout(page: Page) {
  // Two frames: vis-timeline draws on the frame after a change.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => {
    const view = document.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    const rows = document.querySelector('.vis-itemset')!.getBoundingClientRect();
    const labels = [...document.querySelectorAll<HTMLElement>('.vis-foreground .vis-item:not(.tl-caption) .tl-label')]
      .map((el) => ({ text: el.textContent ?? '', box: el.getBoundingClientRect(), row: el.closest('.vis-group') }))
      .filter(({ box }) => box.width > 0 && box.right > view.left && box.left < view.right);
    const cut = labels.filter(({ box }) => box.left < view.left - 1 || box.right > view.right + 1).map((l) => l.text);
    const overlapping: string[] = [];
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) {
        const apart =
          a.row !== b.row ||
          a.box.right <= b.box.left + 1 ||
          b.box.right <= a.box.left + 1 ||
          a.box.bottom <= b.box.top + 1 ||
          b.box.bottom <= a.box.top + 1;
        if (!apart) overlapping.push(`${a.text} × ${b.text}`);
      }
    }
    const shown = labels.filter(({ box }) => box.top >= view.top - 1 && box.bottom <= view.bottom + 1);
    return {
      rowsFit: rows.height <= view.height + 1,
      cut,
      overlapping,
      shown: shown.map((l) => l.text),
    };
  });
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
  // Round 3's whole day, with the hours on the axis.
  await expect(page.locator('.vis-time-axis.vis-foreground').first()).toContainText('20:00');
});

test('at 1440 × 900 every row is in view without a scroll of its own, no label is cut or covered', async ({ page }) => {
  const { rowsFit, cut, overlapping, shown } = await layout(page);
  expect(rowsFit).toBe(true);
  expect(cut).toEqual([]);
  expect(overlapping).toEqual([]);
  // Every row shows what happened in it: each has a label in view.
  const rows = page.locator('.vis-foreground .vis-group');
  await expect(rows).toHaveCount(5);
  for (const row of await rows.all()) await expect(row.locator('.vis-item .tl-label').first()).toBeInViewport();
  expect(shown).toEqual(expect.arrayContaining(['Round 1', 'Round 2', 'Round 3']));
});

test("round 3's button shows its day: round 3 at 20:37 and every other event of 23 July, each with its title", async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Zoom to Round 3 · 23 July' }).click();
  await expect(page.locator('.vis-item.is-bundle')).toHaveCount(0);
  const { rowsFit, cut, overlapping, shown } = await layout(page);
  expect(rowsFit).toBe(true);
  expect(cut).toEqual([]);
  expect(overlapping).toEqual([]);
  expect(shown).toContain('Round 3');
  expect(shown).toContain('Prisoner swap carried out on the day of round 3');
  expect(shown).toContain('Heads of delegations meet one-on-one before the main session');
  // The other round-3 outcomes of that day, each as itself.
  expect(shown.filter((text) => text.startsWith('Round 3: ')).length).toBeGreaterThanOrEqual(8);
});

test("a mark counting one row's events says what it counts, and a click opens its stretch of time", async ({
  page,
}) => {
  const span = () => {
    const [a, b] = (windowParam(page) ?? '/').split('/');
    return Date.parse(b + 'Z') - Date.parse(a + 'Z');
  };
  const mark = page.locator('.vis-item.is-bundle', { hasText: /^6( events)?$/ });
  await mark.hover();
  const tooltip = page.locator('.vis-tooltip .tl-tooltip');
  // A day's count, or on a narrower timeline a week's.
  await expect(tooltip).toContainText(/^6 events (on 23 July 2025|in the week of 21 July 2025)/);
  await expect(tooltip).toContainText('Prisoner swap carried out on the day of round 3 (23 July 2025)');
  // From a week, the day is one more click.
  for (let i = 0; i < 2 && !(span() < 2 * 86_400_000); i++) {
    const before = windowParam(page);
    await mark.click();
    await expect.poll(() => windowParam(page)).not.toBe(before);
  }
  expect(windowCovers(page, Date.UTC(2025, 6, 23, 12))).toBe(true);
  expect(span()).toBeLessThan(2 * 86_400_000);
  await expect(page.locator('.vis-item .tl-label', { hasText: 'Prisoner swap carried out' })).toBeVisible();
  // Opening a stretch selects nothing, and opens no details.
  await expect(page.getByRole('complementary')).toHaveCount(0);
});

test('zoomed into the evening of 23 July, the events known only to that day stay in view', async ({ page }) => {
  await page.goto('/?window=2025-07-23T18:00/2025-07-23T22:00');
  await expect(page.locator('.vis-item.is-round', { hasText: 'Round 3' })).toBeVisible();
  const { shown, cut } = await layout(page);
  expect(shown).toContain('Prisoner swap carried out on the day of round 3');
  expect(cut).toEqual([]);
  // The address still says what it said: the window parameter keeps its format.
  expect(windowParam(page)).toBe('2025-07-23T18:00/2025-07-23T22:00');
});

test('each row has its own colour, and the key explains colours and marks in words', async ({ page }) => {
  const colours = await page
    .locator('.vis-labelset .tl-swatch')
    .evaluateAll((swatches) => swatches.map((s) => getComputedStyle(s).backgroundColor));
  expect(new Set(colours).size).toBe(5);
  const key = page.getByRole('list', { name: 'Marks' });
  await expect(key).toBeVisible();
  await expect(key).toContainText('exact time');
  await expect(key).toContainText('no time given');
  await expect(page.getByRole('list', { name: 'Rows (tracks)' })).toContainText('Sanctions and pressure');
});

test('zoom buttons halve and double the window; the talks period is 2025, and 2014 is a button away', async ({
  page,
}) => {
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
  await page.getByRole('button', { name: 'Talks period' }).click();
  await expect.poll(() => windowCovers(page, Date.UTC(2025, 1, 15))).toBe(true);
  expect(windowCovers(page, Date.UTC(2025, 6, 26))).toBe(true);
  expect(windowCovers(page, Date.UTC(2024, 6, 1))).toBe(false);
  expect((await layout(page)).cut).toEqual([]);
  await page.getByRole('button', { name: 'From 2014' }).click();
  await expect.poll(() => windowCovers(page, Date.UTC(2014, 0, 1))).toBe(true);
  expect(windowCovers(page, Date.UTC(2025, 6, 26))).toBe(true);
  expect((await layout(page)).shown).toContain('Russia annexes Crimea');
  // Zooming out from the talks reaches the background too.
  await page.getByRole('button', { name: 'Talks period' }).click();
  await expect.poll(() => windowCovers(page, Date.UTC(2024, 6, 1))).toBe(false);
  for (let i = 0; i < 8 && !windowCovers(page, Date.UTC(2014, 6, 1)); i++) {
    const before = windowParam(page);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(() => windowParam(page)).not.toBe(before);
  }
  expect(windowCovers(page, Date.UTC(2014, 6, 1))).toBe(true);
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
  for (let i = 0; i < 30; i++) {
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

  test('the row names sit inside the rows, round 3 is on screen, and nothing scrolls sideways', async ({ page }) => {
    const box = (await page.getByRole('application', { name: 'Timeline of events' }).boundingBox())!;
    const column = (await page.locator('.vis-panel.vis-left').boundingBox())!;
    expect(column.width).toBeLessThan(box.width * 0.05);
    await expect(page.locator('.vis-item.tl-caption', { hasText: 'Humanitarian' })).toBeVisible();
    await expectRoundInView(page, 3);
    const { cut, overlapping, rowsFit } = await layout(page);
    expect(cut).toEqual([]);
    expect(overlapping).toEqual([]);
    expect(rowsFit).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The key folds behind a button.
    const marks = page.getByRole('list', { name: 'Marks' });
    await expect(marks).toBeHidden();
    await page.getByRole('button', { name: /^Key/ }).click();
    await expect(marks).toBeVisible();
  });

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
