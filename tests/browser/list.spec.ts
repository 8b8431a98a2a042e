import { expect, test, type Page } from './fixtures';

const list = (page: Page) => page.getByRole('list', { name: 'Chronology' });

test('the list starts at the talks; the background is folded, and opens from the keyboard', async ({ page }) => {
  await page.goto('/');
  const crimea = list(page).getByRole('link', { name: 'Russia annexes Crimea' });
  await expect(list(page).getByRole('link', { name: /^Round 1 First round/ })).toBeVisible();
  await expect(crimea).toBeHidden();
  const fold = list(page).locator('summary', { hasText: /^Background \(11\)/ });
  await fold.focus();
  await page.keyboard.press('Enter');
  await expect(crimea).toBeVisible();
  // The count is said once on the page, beside the filters.
  await expect(page.getByText(/^\d+ of 48 events$/)).toHaveCount(1);
  await expect(page.getByText(/\b\d+ (of \d+ )?events in time order/)).toHaveCount(0);
});

test("a round's own card comes before its outcomes, and what came before the day, before it", async ({ page }) => {
  await page.goto('/');
  const titles = await list(page).getByRole('link').allTextContents();
  const at = (start: string) => titles.findIndex((t) => t.startsWith(start));
  expect(at('Round 3 Third round')).toBeGreaterThan(at('Kremlin plays down expectations before round 3'));
  expect(at('Round 3 Third round')).toBeLessThan(at('Round 3: agreement to exchange at least 1,200'));
  expect(at('Round 2 Second round')).toBeLessThan(at('Round 2: agreement to hand over'));
  const card = list(page).getByRole('article', { name: 'Kremlin plays down expectations before round 3' });
  await expect(card).toContainText('some time before 23 July 2025');
});

test('a link to an event opens the page at its card, with its details beside it', async ({ page }) => {
  await page.goto('/e/round-3-joint-working-groups/');
  const card = list(page).getByRole('link', { name: /joint working groups/ });
  await expect(card).toHaveAttribute('aria-current', 'true');
  await expect(card).toBeInViewport();
  await expect(
    page.getByRole('complementary', { name: /joint working groups/ }).getByRole('heading', { level: 2 }),
  ).toBeInViewport();

  // One folded away in the background opens the fold.
  await page.goto('/e/war-launched/');
  await expect(list(page).getByRole('link', { name: 'Putin launches the war against Ukraine' })).toBeInViewport();
});

test('a title is a link to the event’s page: a click opens it in the page, Ctrl+click in a new tab', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page.evaluate(() => ((window as { stayed?: boolean }).stayed = true));
  const title = list(page).getByRole('link', { name: /^Round 2 Second round/ });
  await expect(title).toHaveAttribute('href', '/e/round-2/');
  await title.click();
  await expect.poll(() => new URL(page.url()).pathname).toBe('/e/round-2/');
  await expect(page.getByRole('complementary', { name: /Second round/ })).toBeVisible();
  // No reload: the page's own state is still there.
  expect(await page.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true);

  const [tab] = await Promise.all([
    context.waitForEvent('page'),
    list(page)
      .getByRole('link', { name: /^Round 1 First round/ })
      .click({ modifiers: ['ControlOrMeta'] }),
  ]);
  // The event's own page, in the app opened on the event.
  await expect.poll(() => new URL(tab.url()).pathname).toBe('/e/round-1/');
  expect(new URL(page.url()).pathname).toBe('/e/round-2/');
  await tab.close();
});

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a link opens the details as a sheet whose Close is in sight and works; the card is in view', async ({
    page,
  }) => {
    await page.goto('/e/round-3/');
    const sheet = page.getByRole('dialog', { name: /Third round of direct talks/ });
    await expect(sheet).toBeVisible();
    const card = list(page).getByRole('link', { name: /^Round 3 Third round/ });
    await expect(card).toBeInViewport();
    const close = sheet.getByRole('button', { name: 'Close details' });
    await expect(close).toBeInViewport({ ratio: 1 });
    // Nothing covers it: the point at its centre is the button itself.
    const box = (await close.boundingBox())!;
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.textContent, {
      x: box.x + box.width / 2,
      y: box.y + box.height / 2,
    });
    expect(hit).toBe('Close details');
    // Still in sight when the reader has scrolled the sheet's content to its end.
    await sheet.getByText('Not reported in the sources').scrollIntoViewIfNeeded();
    await expect(close).toBeInViewport({ ratio: 1 });
    await close.click();
    await expect(sheet).toBeHidden();
    await expect(card).toBeFocused();
  });
});
