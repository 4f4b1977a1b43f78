/**
 * What only a browser can tell about the nginx headers: that the real pages
 * run under the Content-Security-Policy without a single violation (Shiki's
 * style attributes, Pagefind's WebAssembly, the playground's terminal), and
 * that the policy really blocks an injected inline script. Runs in the
 * `nginx` project only (tagged @nginx, ignored by `preview`): `astro preview`
 * sends no such headers. Each response header itself is checked by Vitest
 * against the real nginx (tests/nginx).
 */
import { settled, test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { distinctPages } from './site-pages';

declare global {
  interface Window {
    __cspViolations?: string[];
    __injected?: boolean;
  }
}

/** Records every CSP violation the page reports, from the first byte on. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
}

const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? []);

test.describe('under the Content-Security-Policy', { tag: '@nginx' }, () => {
  test.beforeEach(async ({ page }) => {
    await recordViolations(page);
  });

  test('every page is sent with the Content-Security-Policy', async ({ page }) => {
    const response = await page.goto('/');
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(response?.headers()['x-content-type-options']).toBe('nosniff');
  });

  // Every lesson and one page of each other template: the CSP judges markup and
  // scripts, which the other pages of a template share. Two batches, one page
  // each (a new browser context per route costs more than the check); every
  // route is checked, and each violation names its route.
  const pages = distinctPages();
  const half = Math.ceil(pages.length / 2);
  for (const batch of [pages.slice(0, half), pages.slice(half)]) {
    test(`${batch[0]} … ${batch.at(-1)} (${batch.length} pages) run without a CSP violation`, async ({ page }) => {
      test.setTimeout(20_000 + 5_000 * batch.length);
      const found: string[] = [];
      for (const route of batch) {
        await page.goto(route);
        await settled(page);
        for (const v of await violations(page)) found.push(`${route}: ${v}`);
      }
      expect(found).toEqual([]);
    });
  }

  test('a search runs Pagefind (WebAssembly) without a CSP violation', async ({ page }) => {
    const wasm = page.waitForResponse((r) => /\/pagefind\/wasm\.[\w-]+\.pagefind$/.test(r.url()));
    await page.goto('/search/?q=container');
    expect((await wasm).status()).toBe(200);
    // Results, or a violation that stopped them: whichever comes first.
    const resultLinks = page.locator('cn-search-page a.pf-result-link');
    await expect.poll(async () => (await violations(page)).length > 0 || (await resultLinks.count()) > 0, { timeout: 15_000 }).toBe(true);
    expect(await violations(page)).toEqual([]);
    await expect(resultLinks.first()).toBeVisible();
  });

  test('the 404 page runs without a CSP violation', async ({ page, watch }) => {
    watch.allow(/404/);
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await settled(page);
    expect(await violations(page)).toEqual([]);
  });

  test('an injected inline script is blocked', async ({ page, watch }) => {
    watch.allow(/Content Security Policy/);
    await page.goto('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
    });
    await expect.poll(() => violations(page)).toContainEqual(expect.stringMatching(/^script-src/));
    expect(await page.evaluate(() => window.__injected)).toBeUndefined();
  });
});
