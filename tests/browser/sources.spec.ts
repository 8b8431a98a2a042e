// The sources views: from a quote in an event's details to its marked sentence in the article and back, with focus
// where it was; the sources page with every article and its counts; an article readable without JavaScript.
import { readFileSync } from 'node:fs';
import { datasetSchema } from '../../src/data/schema';
import { allCitations, articleCounts } from '../../src/data/source-articles';
import { manifestSchema } from '../../src/data/manifest-schema';
import { seriousViolations } from './axe';
import { expect, test, type Page } from './fixtures';

const UMEROV = /^"We have progress on the humanitarian track/;

/** The "Read in the article" link of round 3's quote of Umerov, in the open details. */
function quoteLink(page: Page) {
  const details = page.getByRole('complementary').or(page.getByRole('dialog'));
  // The quote's own item: its blockquote is a child (a group of one report's pages is an item around such items).
  return details
    .locator('li:has(> blockquote)')
    .filter({ has: page.locator('blockquote', { hasText: UMEROV }) })
    .getByRole('link', { name: /^Read in the article by Reuters/ });
}

for (const width of [1440, 390]) {
  test.describe(`at ${width} pixels wide`, () => {
    test.use({ viewport: { width, height: width > 800 ? 900 : 844 } });

    test('by keyboard: from a quote in round 3 to its marked sentence, and Back to the same link', async ({ page }) => {
      await page.goto('/e/round-3/');
      const link = quoteLink(page);
      await link.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/sources\/reuters-2025-07-23\/#q-[0-9a-z]+$/);
      const quoted = page.locator('mark:focus');
      await expect(quoted).toContainText('The quoted passage:');
      await expect(quoted).toContainText('We have progress on the humanitarian track');
      await expect(quoted).toBeInViewport();
      await expect(page.getByRole('link', { name: 'All sources of the record' })).toBeVisible();

      // Back is the view's first control: Shift+Tab from the quote walks back up to it.
      const back = page.getByRole('button', { name: '← Back' });
      for (let i = 0; i < 80 && !(await back.evaluate((b) => b === document.activeElement)); i++) {
        await page.keyboard.press('Shift+Tab');
      }
      await expect(back).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/e\/round-3\/$/);
      await expect(quoteLink(page)).toBeFocused();
      await expect(quoteLink(page)).toBeInViewport();
    });

    test("by mouse, and by the browser's own Back", async ({ page }) => {
      await page.goto('/e/round-3/');
      await quoteLink(page).click();
      await expect(page.locator('mark:focus')).toContainText('We have progress');
      await page.goBack();
      await expect(page).toHaveURL(/\/e\/round-3\/$/);
      await expect(quoteLink(page)).toBeFocused();
    });
  });
}

test('a shared link to a quote hydrates without a warning, and marks, scrolls to and focuses the quote', async ({
  page,
}) => {
  const bad: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /hydrat/i.test(m.text())) bad.push(`${m.type()}: ${m.text()}`);
  });
  await page.goto('/e/round-3/');
  const href = await quoteLink(page).getAttribute('href');
  await page.goto(href!);
  const quoted = page.locator('mark:focus');
  await expect(quoted).toContainText('The quoted passage:');
  await expect(quoted).toBeInViewport();
  // No page of the record to go back to: the way back is a link to the record.
  await expect(page.getByRole('link', { name: '← The record' })).toHaveAttribute('href', '/');
  expect(bad).toEqual([]);
});

test('the sources page lists every article with what cites it, and is linked from the header', async ({ page }) => {
  // It ends with an axe audit of the page, as slow as those in accessibility.spec.ts.
  test.setTimeout(90_000);
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'All sources' }).click();
  await expect(page).toHaveURL(/\/sources\/$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Sources' })).toBeFocused();
  await expect(
    page.getByText(/every quote in the record must be found verbatim in its article, or the build fails/),
  ).toBeVisible();
  const articles = page.getByRole('heading', { level: 4 });
  await expect(articles).toHaveCount(10);
  const article = (name: RegExp) => page.getByRole('heading', { level: 4, name }).locator('..');
  const reuters = article(/^Russia, Ukraine discuss more POW swaps/);
  await expect(reuters).toContainText(/On topic\. Cited by \d+ events, \d+ figures?, \d+ roles?/);
  const gaza = article(/air drop aid into Gaza/);
  await expect(gaza).toContainText('Off topic: About Gaza aid airdrops');
  await expect(gaza).toContainText('Not cited by the record.');
  await expect(page.getByText(/Cited by \d/)).toHaveCount(8);
  // Each article's counts are those of the record itself.
  const dataset = datasetSchema.parse(JSON.parse(readFileSync('data/dataset.json', 'utf8')));
  const citations = allCitations(dataset);
  const { documents } = manifestSchema.parse(JSON.parse(readFileSync('data/sources/manifest.json', 'utf8')));
  for (const a of documents.flatMap((d) => d.articles).filter((a) => a.onTopic)) {
    const c = articleCounts(a.id, citations);
    const item = page.getByRole('heading', { level: 4, name: a.headline, exact: true }).locator('..');
    await expect(item, a.id).toContainText(
      new RegExp(`Cited by ${c.events} events?, ${c.tallies} figures?, ${c.roles} roles?`),
    );
  }
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: '← Back' }).click();
  await expect(page).toHaveURL(/\/$/);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(() => {
    test.use({ colorScheme });

    test(`an article view passes the accessibility audit, ${colorScheme}`, async ({ page }) => {
      // axe reads every node of a long article: as slow as the page audits in accessibility.spec.ts.
      test.setTimeout(90_000);
      await page.goto('/sources/cgtn-2025-07/');
      await expect(page.getByRole('heading', { level: 2 })).toHaveText(
        'Russia-Ukraine peace talks: What was agreed in Istanbul?',
      );
      await expect(page.getByText('Reuters, republished by CGTN').first()).toBeVisible();
      await expect(page.getByText(/Page furniture, not the article: Machine-translation notice/i)).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test("an article's view reads whole, its quotes marked, the address's quote scrolled to", async ({ page }) => {
    await page.goto('/sources/reuters-2025-07-23/');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(/Russia, Ukraine discuss more POW swaps/);
    await expect(page.getByText('ISTANBUL, July 23', { exact: true })).toBeVisible();
    await expect(page.locator('mark').first()).toBeVisible();
    expect(await page.locator('mark').count()).toBeGreaterThan(10);
    await expect(page.getByRole('link', { name: /^Event: Third round of direct talks/ }).first()).toHaveAttribute(
      'href',
      '/e/round-3/',
    );
    const anchor = await page.locator('.quote-anchor').nth(5).getAttribute('id');
    await page.goto(`/sources/reuters-2025-07-23/#${anchor}`);
    await expect(page.locator(`#${anchor} + mark`)).toBeInViewport();
  });

  test('the sources page lists the articles', async ({ page }) => {
    await page.goto('/sources/');
    await expect(page.getByRole('heading', { level: 4 })).toHaveCount(10);
  });
});

test("in the embed, a quote's article opens in a new tab, never inside another site's frame", async ({
  page,
  context,
}) => {
  await page.goto('/embed/?event=round-3');
  const link = page.getByRole('link', { name: /^Read in the article/ }).first();
  const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await tab.waitForURL(/\/sources\/[a-z0-9-]+\/#q-[0-9a-z]+$/, { waitUntil: 'commit' });
  expect(new URL(page.url()).pathname).toBe('/embed/');
});

test("the sources views offer no other language: their text is the sources' English", async ({ page }) => {
  await page.goto('/sources/');
  await expect(page.getByRole('heading', { name: 'Sources', level: 2 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Українська' })).toHaveCount(0);
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Українська' })).toBeVisible();
});
