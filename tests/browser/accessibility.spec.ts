import { seriousViolations } from './axe';
import { expect, test, type Page } from './fixtures';

type State = {
  path: string;
  before?: (page: Page) => Promise<void>;
  prepare?: (page: Page, width: number) => Promise<void>;
};

const states: Record<string, State> = {
  'first view': { path: '/' },
  'details open': {
    path: '/e/round-3/',
    // On a narrow screen the details are a sheet over the page: that is the state audited there.
    prepare: async (page, width) => {
      const role = width < 800 ? 'dialog' : 'complementary';
      await expect(page.getByRole(role, { name: /^Round 3 Third round/ })).toBeVisible();
    },
  },
  'sources open': {
    path: '/',
    // A figure's quotes with its competing claims, and the quotes for a round's length in the comparison.
    prepare: async (page) => {
      await page.getByRole('button', { name: /^at least 1,200 .*: sources$/ }).click();
      await expect(page.getByRole('region', { name: /^Sources disagree: Who announced/ })).toBeVisible();
      const length = page.getByRole('button', { name: /^Sources \(\d+\) for the length of round 3$/ });
      await length.click();
      await expect(length).toHaveAttribute('aria-expanded', 'true');
    },
  },
  'empty filter result': { path: '/?actors=hakan-fidan&q=spiderweb' },
  'filters open': {
    path: '/?actors=turkey',
    prepare: async (page) => {
      // On a narrow screen the filters sit behind the Filter button.
      const filter = page.getByRole('button', { name: 'Filter', exact: true });
      if (await filter.isVisible()) await filter.click();
      await page.locator('summary', { hasText: 'Actors' }).click();
    },
  },
  'error state': {
    path: '/',
    before: async (page) => {
      await page.route('**/dataset-*.json', (route) => route.fulfill({ status: 500, body: 'oops' }));
    },
  },
};

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [1440, 390]) {
    for (const [name, { path, before, prepare }] of Object.entries(states)) {
      test(`axe: ${name}, ${width} px, ${colorScheme}`, async ({ page }) => {
        // A full axe run over the whole page takes seconds of CPU: room for a busy machine.
        test.setTimeout(90_000);
        await page.setViewportSize({ width, height: width > 800 ? 900 : 844 });
        await page.emulateMedia({ colorScheme });
        await before?.(page);
        await page.goto(path);
        await expect(page.locator('.vis-timeline').or(page.getByRole('alert'))).toBeVisible();
        await prepare?.(page, width);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  }
}

test('keyboard alone reaches every control, each with a visible focus ring', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/e/round-2/');
  await expect(page.locator('.vis-timeline')).toBeVisible();
  const controls = await page
    .locator('button:visible, input:visible, summary:visible, a[href]:visible, [tabindex="0"]:visible')
    .evaluateAll((els) => els.map((el) => el.outerHTML.slice(0, 80)));
  const reached = new Set<string>();
  let first: string | null = null;
  // Tab until focus comes round to the first control again: the whole tab order, once.
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      // A ring drawn outside the box is cut off by any ancestor that clips (overflow other than visible) or
      // contains its paint (contain: paint, content-visibility): it must fit inside each one's padding box.
      const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
      const box = el.getBoundingClientRect();
      const clippedBy: string[] = [];
      for (let up = el.parentElement; up; up = up.parentElement) {
        const { contain, contentVisibility, overflowX, overflowY } = getComputedStyle(up);
        const clips =
          /paint|strict|content/.test(contain) ||
          contentVisibility !== 'visible' ||
          overflowX !== 'visible' ||
          overflowY !== 'visible';
        if (!clips) continue;
        const clip = up.getBoundingClientRect();
        const inside =
          box.left - reach >= clip.left + up.clientLeft &&
          box.top - reach >= clip.top + up.clientTop &&
          box.right + reach <= clip.left + up.clientLeft + up.clientWidth &&
          box.bottom + reach <= clip.top + up.clientTop + up.clientHeight;
        if (!inside) clippedBy.push(up.outerHTML.slice(0, 60));
      }
      return {
        html: el.outerHTML.slice(0, 80),
        ring: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
        clippedBy,
      };
    });
    if (!focused) continue;
    if (focused.html === first) break;
    first ??= focused.html;
    expect(focused.ring, `focus ring on ${focused.html}`).toBe(true);
    expect(focused.clippedBy, `focus ring of ${focused.html} cut off`).toEqual([]);
    reached.add(focused.html);
  }
  // The list is one tab stop (arrow keys move inside it); every other control is reached by Tab.
  const missing = controls.filter((c) => !reached.has(c) && !/^<a href="[^"]*\/e\/[^"]+\/" id="event-/.test(c));
  expect(missing).toEqual([]);
});

test('filter counts and selections are announced in live regions', async ({ page }) => {
  await page.goto('/');
  const count = page.getByRole('status').filter({ hasText: /of 48 events$/ });
  await expect(count).toHaveText('48 of 48 events');
  await page.getByRole('searchbox', { name: /Search titles/ }).fill('bodies');
  await expect(count).toHaveText(/^\d+ of 48 events$/);
  await expect(count).not.toHaveText('48 of 48 events');
  await page.getByRole('link', { name: /^Round 2 Second round/ }).click();
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: 'Selected:' })).toHaveText(
    'Selected: Second round of direct talks in Istanbul, 2 June 2025',
  );
});
