// Every browser test runs under these guards: a Content Security Policy violation, an uncaught page error, or a
// request to any other origin fails the test that caused it. And `page.goto` waits until the page is live (the
// prerendered HTML hydrated: html[data-app=ready]), as a reader's clicks do; `waitForApp: false` opts out (a test
// that holds the dataset back, or reads the HTML before the app takes over).
import { test as base, expect, type Page } from '@playwright/test';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export const test = base.extend<{ guards: void; waitForApp: boolean }>({
  waitForApp: [true, { option: true }],
  page: async ({ page, waitForApp, javaScriptEnabled }, use) => {
    if (waitForApp && javaScriptEnabled !== false) {
      const goto = page.goto.bind(page);
      page.goto = async (...args: Parameters<Page['goto']>) => {
        const response = await goto(...args);
        await page.locator('html[data-app=ready]').waitFor({ state: 'attached' });
        return response;
      };
      const reload = page.reload.bind(page);
      page.reload = async (...args: Parameters<Page['reload']>) => {
        const response = await reload(...args);
        await page.locator('html[data-app=ready]').waitFor({ state: 'attached' });
        return response;
      };
    }
    // eslint-disable-next-line react-hooks/rules-of-hooks -- Playwright's fixture callback, not React's `use`
    await use(page);
  },
  guards: [
    async ({ page, baseURL }, use, testInfo) => {
      const origin = new URL(baseURL!).origin;
      const offOrigin: string[] = [];
      const pageErrors: string[] = [];
      // A test that serves a page of another site on purpose (a host page that embeds the record) names its origin.
      const allowed = () =>
        new Set([origin, ...testInfo.annotations.filter((a) => a.type === 'other-origin').map((a) => a.description)]);
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:'].includes(url.protocol) && !allowed().has(url.origin)) offOrigin.push(request.url());
      });
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => {
          window.__cspViolations!.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
        });
      });
      await use();
      const violations = page.isClosed() ? [] : await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      // Tests that provoke failures on purpose declare them with testInfo.annotations.
      const allowsPageErrors = testInfo.annotations.some((a) => a.type === 'expected-page-error');
      expect(violations, 'Content Security Policy violations').toEqual([]);
      expect(offOrigin, 'requests that left the origin').toEqual([]);
      if (!allowsPageErrors) expect(pageErrors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Page } from '@playwright/test';

/** The event the page is on: its own page's id (`/e/<id>/`), or null on the home page. */
export function eventOf(page: Page): string | null {
  return /\/e\/([^/]+)\/$/.exec(new URL(page.url()).pathname)?.[1] ?? null;
}
