import { eventOf, expect, test, type Page } from './fixtures';

const figuresTable = (page: Page) => page.getByRole('table', { name: 'Figures by round' });

test("clicking a round's column selects that round on the timeline and in the URL", async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.vis-item').first()).toBeAttached();
  const table = figuresTable(page);
  await table.getByRole('button', { name: /^Round 2/ }).click();
  await expect.poll(() => eventOf(page)).toBe('round-2');
  await expect(page.locator('.vis-item.vis-selected')).toContainText('Round 2');
  await expect(table.getByRole('button', { name: /^Round 2/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('complementary', { name: /Second round/ })).toBeVisible();
});

test('a figure opens its quotes, and round 1 says the sources report nothing', async ({ page }) => {
  await page.goto('/');
  const table = figuresTable(page);
  await expect(table).toContainText('not reported in the sources');
  await table.getByRole('button', { name: /^at least 1,200 .*: sources$/ }).click();
  await expect(
    page.locator('blockquote', { hasText: 'at least 1,200 more prisoners of war from each side' }).first(),
  ).toBeVisible();
});

/**
 * Every place in the tallies and the rounds compared that shows "not reported", as `where|what`: a table cell by its
 * table, row and column; a chart line by its kind; anything else by its own text. Only what is rendered counts.
 */
function notReportedPlaces(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const sections = [...document.querySelectorAll('section')].filter((s) => {
      const heading = s.querySelector('h2');
      return (
        heading?.parentElement === s && /round by round$|^The rounds side by side$/.test(heading.textContent ?? '')
      );
    });
    const places: string[] = [];
    for (const section of sections) {
      const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement!;
        if (!/not reported/i.test(node.textContent ?? '') || element.closest('desc, title')) continue;
        if (!element.checkVisibility()) continue;
        const cell = element.closest('td');
        const svg = element.closest('svg');
        if (cell) {
          const row = cell.closest('tr')!;
          const table = cell.closest('table')!;
          const label = document.getElementById(table.getAttribute('aria-labelledby') ?? '')?.textContent;
          places.push(`${label}|${row.querySelector('th')?.textContent}|column ${[...row.cells].indexOf(cell)}`);
        } else if (svg) {
          const kinds = [...svg.querySelectorAll('text.font-semibold.text-sm')];
          const kind = kinds.filter((k) => k.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING).pop();
          places.push(`chart|${kind?.textContent}|${element.textContent}`);
        } else {
          places.push(`text|${element.closest('li, p')?.textContent}`);
        }
      }
    }
    return places;
  });
}

test('with filters on, a hidden figure is said to be hidden, never "not reported", anywhere in the tallies', async ({
  page,
}) => {
  await page.goto('/');
  await expect(figuresTable(page)).toBeVisible();
  const silent = new Set(await notReportedPlaces(page));
  // Without filters: among others, civilians at round 2 in the table and in the chart.
  expect(silent).toContain('Figures by round|Civilians|column 2');
  expect(silent).toContain('chart|Civilians|Round 2 · not reported in the sources');

  await page.goto('/?actors=vladimir-medinsky,turkey&q=bodies');
  const section = page.getByRole('region', { name: /what was agreed, round by round$/ });
  await expect(section).toContainText('8 of 9 figures are hidden by the current filters.');
  const table = figuresTable(page);
  await expect(table.getByRole('row', { name: /^Prisoners of war/ })).toContainText(
    '3 figures hidden by the current filters',
  );
  await expect(table).toContainText('3,000');
  const chart = page.getByRole('img', { name: /^Bar chart of the figures/ });
  await expect(chart).toContainText('Round 2 · hidden by the current filters');
  // Under the filters, "not reported" may stay only where it is said without them: where the sources are silent.
  const filtered = await notReportedPlaces(page);
  expect(filtered).toContain('chart|Prisoners of war|Round 1 · not reported in the sources');
  expect(filtered.filter((place) => !silent.has(place))).toEqual([]);
  expect(filtered).not.toContain('chart|Prisoners of war|Round 2 · not reported in the sources');
  expect(filtered).not.toContain('Figures by round|Prisoners of war|column 2');
});

test('at 390 px the figures are one card per round, the latest first, and nothing scrolls sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const cards = page.getByRole('list', { name: 'Figures by round' });
  await expect(cards).toBeVisible();
  await expect(figuresTable(page)).toBeHidden();
  const headings = cards.getByRole('heading', { level: 4 });
  await expect(headings).toHaveText(['Round 3 · 23 July 2025', 'Round 2 · 2 June 2025', 'Round 1 · 16 May 2025']);
  await expect(cards.getByRole('listitem').first()).toContainText('at least 1,200');
  const overflow = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    cards: [...document.querySelectorAll('ul[aria-labelledby]')]
      .filter((ul) => ul.checkVisibility())
      .map((ul) => ul.scrollWidth - ul.clientWidth),
  }));
  // The rounds compared follow the same pattern.
  const compared = page.getByRole('list', { name: 'The rounds side by side' });
  await expect(compared.getByRole('heading', { level: 3 }).first()).toHaveText('Round 3 · 23 July 2025');
  await expect(page.getByRole('table', { name: 'The rounds side by side' })).toBeHidden();
  expect(overflow.page).toBe(0);
  expect(overflow.cards.length).toBeGreaterThan(0);
  expect(overflow.cards.every((n) => n <= 0)).toBe(true);
  // A figure's quotes open inside its card, within the screen.
  await cards.getByRole('button', { name: /^at least 1,200 .*: sources$/ }).click();
  const quotes = cards.getByRole('region', { name: /^Sources for at least 1,200/ });
  await expect(quotes).toBeVisible();
  const box = await quotes.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
});

test('printed, the figures by round keep their numbers, round names and silences', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('/');
  const table = figuresTable(page);
  await expect(table.getByText('at least 1,200', { exact: true })).toBeVisible();
  await expect(table.getByText('Round 3 · 23 July 2025', { exact: true })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Civilians/ })).toContainText('not reported in the sources');
});
