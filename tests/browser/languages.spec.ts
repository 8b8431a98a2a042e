// The record in Ukrainian and Russian: pages under /uk/ and /ru/ open in their language with a link's view intact,
// the switch in the header keeps the view, names typed in Cyrillic find their events, and the prerendered pages read
// in their language without JavaScript.
import { expect, test, type Page } from './fixtures';

const details = (page: Page) => page.getByRole('complementary').or(page.getByRole('dialog'));
const count = (page: Page) => page.getByRole('status').filter({ hasText: /48/ });

test('/uk/ opens in Ukrainian with the view a link gives: the event, its details and the filter', async ({ page }) => {
  await page.goto('/uk/e/round-3/?actors=rustem-umerov');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Стамбульські переговори Росії та України 2025 року',
  );
  await expect(page.getByRole('heading', { level: 2, name: /Третій раунд прямих переговорів/ })).toBeVisible();
  await expect(page.locator('summary', { hasText: 'Учасники (1)' })).toBeVisible();
  await expect(count(page)).toHaveText(/^\d+ з 48 подій$/);
  // Quotes are the sources' English, said to be so in the page's language.
  const quote = details(page).locator('blockquote').first();
  await expect(quote).toHaveAttribute('lang', 'en');
  await expect(details(page)).toContainText('Цитата мовою оригіналу (англійською)');
  // The event's link in the list stays in the language.
  await expect(page.locator('a[data-event-id="round-3"]')).toHaveAttribute('href', '/uk/e/round-3/');
});

test('an English reader downloads no other language: no catalog and no translation of the record', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
  await page.goto('/e/round-3/');
  await expect(page.getByRole('heading', { level: 2, name: /Third round of direct talks/ })).toBeVisible();
  expect(loaded.filter((path) => /\/(uk|ru)-[^/]*\.js$/.test(path))).toEqual([]);
  // The Ukrainian page does fetch its own, and not the Russian.
  loaded.length = 0;
  await page.goto('/uk/');
  expect(loaded.filter((path) => /\/uk-[^/]*\.js$/.test(path)).length).toBeGreaterThan(0);
  expect(loaded.filter((path) => /\/ru-[^/]*\.js$/.test(path))).toEqual([]);
});

test('/ru/ opens in Russian, dates in Russian words', async ({ page }) => {
  await page.goto('/ru/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('heading', { level: 2, name: 'Хронология' })).toBeVisible();
  await expect(page.getByText(/23 июля 2025 г\., 20:37 по местному времени/).first()).toBeVisible();
});

test('the language switch keeps the view: the event, the filters and the search', async ({ page }) => {
  await page.goto('/uk/e/round-3/?actors=rustem-umerov&q=%D1%80%D0%B0%D1%83%D0%BD%D0%B4');
  const switcher = page.getByRole('navigation', { name: 'Читати іншою мовою' });
  await expect(switcher.getByRole('link', { name: 'Русский' })).toHaveAttribute('hreflang', 'ru');
  await expect(switcher.getByRole('link', { name: 'Русский' })).toHaveAttribute('lang', 'ru');
  await switcher.getByRole('link', { name: 'Русский' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  const url = new URL(page.url());
  expect(url.pathname).toBe('/ru/e/round-3/');
  expect(url.searchParams.get('actors')).toBe('rustem-umerov');
  expect(url.searchParams.get('q')).toBe('раунд');
  await expect(page.getByRole('heading', { level: 2, name: /Третий раунд прямых переговоров/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Читать на другом языке' }).getByRole('link', { name: 'English' }).click();
  expect(new URL(page.url()).pathname).toBe('/e/round-3/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('names typed in Cyrillic find the events their English forms find, on every page', async ({ page }) => {
  const found = async (path: string, query: string) => {
    await page.goto(`${path}?q=${encodeURIComponent(query)}`);
    // The count settles once the translations the search reads have loaded.
    await expect(count(page)).not.toHaveText(/^0 /);
    return (await count(page).textContent())!.match(/^\d+/)![0];
  };
  const zelenskyy = await found('/', 'Zelenskyy');
  expect(await found('/', 'Зеленський')).toBe(zelenskyy);
  expect(await found('/uk/', 'Зеленский')).toBe(zelenskyy);
  const erdogan = await found('/', 'Erdogan');
  expect(await found('/ru/', 'Эрдоган')).toBe(erdogan);
  expect(await found('/', 'Ердоган')).toBe(erdogan);
  expect(await found('/', 'Стамбул')).toBe(await found('/', 'Istanbul'));
});

test('the actor picker finds an actor by a Cyrillic spelling', async ({ page }) => {
  await page.goto('/');
  await page.locator('summary', { hasText: /^Actors/ }).click();
  await page.getByRole('searchbox', { name: 'Find an actor by any spelling' }).fill('Умеров');
  await expect(page.getByRole('checkbox', { name: /Rustem Umerov/ })).toBeVisible();
  await expect(page.getByText('(also “Умеров”)')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/uk/ reads in Ukrainian, and an event page links its other languages', async ({ page }) => {
    await page.goto('/uk/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    await expect(page.getByRole('heading', { level: 2, name: 'Хронологія' })).toBeVisible();
    await expect(page.getByText('Що дав кожен раунд')).toBeVisible();
    await page.goto('/ru/e/round-3/');
    await expect(details(page)).toContainText('Третий раунд прямых переговоров');
    await expect(details(page)).toContainText('20:37 по местному времени');
    await expect(page.getByRole('link', { name: 'Українська' })).toHaveAttribute('href', '/uk/e/round-3/');
  });
});

test('an unknown address under /uk/ says so in Ukrainian, with the way back to the Ukrainian record', async ({
  page,
}) => {
  const response = await page.goto('/uk/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Цієї сторінки немає в записі' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'До запису трьох раундів' })).toHaveAttribute('href', '/uk/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
});
