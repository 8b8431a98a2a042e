// Every browser test runs under these guards: a Content Security Policy violation, an uncaught page error, or a
// request to any other origin fails the test that caused it.
import { test as base, expect } from '@playwright/test';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export const test = base.extend<{ guards: void }>({
  guards: [
    async ({ page, baseURL }, use, testInfo) => {
      const origin = new URL(baseURL!).origin;
      const offOrigin: string[] = [];
      const pageErrors: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) offOrigin.push(request.url());
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
