import { expect, test } from './fixtures';

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the first screen is the three rounds and what each produced, with the filters behind one Filter button', async ({
    page,
  }) => {
    await page.goto('/');
    const lead = page.getByRole('region', { name: 'What each round produced' });
    for (const round of ['Round 1 · 16 May 2025', 'Round 2 · 2 June 2025', 'Round 3 · 23 July 2025']) {
      await expect(lead.getByRole('button', { name: round })).toBeInViewport();
    }
    await expect(lead.getByText(/at least 1,200 prisoners of war from each side/)).toBeInViewport();
    await expect(lead.getByText(/about 6,000 bodies from each side/)).toBeInViewport();
    // The count rides on the Filter button; the controls wait behind it.
    const filter = page.getByRole('button', { name: 'Filter', exact: true });
    await expect(filter).toBeInViewport();
    await expect(page.getByText('48 of 48 events')).toBeInViewport();
    const search = page.getByRole('searchbox', { name: /Search titles/ });
    await expect(search).toBeHidden();
    await filter.click();
    await expect(search).toBeVisible();
  });

  test("a round's card opens the round's details", async ({ page }) => {
    await page.goto('/');
    await page
      .getByRole('region', { name: 'What each round produced' })
      .getByRole('button', { name: 'Round 2 · 2 June 2025' })
      .click();
    await expect(page.getByRole('dialog', { name: /Second round/ })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/e/round-2/');
  });
});

test('the skip link is the first stop of the keyboard and leads to the chronology', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the chronology' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect.poll(() => new URL(page.url()).hash).toBe('#chronology');
  await expect(page.getByRole('heading', { name: 'Chronology', level: 2 })).toBeInViewport();
});

test('the record says when it was last updated and how it is made, with a way to report an error', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText(/^Record last updated \d{1,2} \w+ 20\d\d/)).toBeVisible();
  await page.getByRole('link', { name: 'How this record is made' }).click();
  const method = page.getByRole('region', { name: /How this record is made/ });
  await expect(method).toBeInViewport();
  await expect(method).toContainText('copied exactly');
  await expect(method).toContainText('Found an error?');
});
