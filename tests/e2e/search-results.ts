/** Helpers for specs that read Pagefind's result lists. */
import type { Locator } from '@playwright/test';
import { expect } from './fixtures';

/**
 * The result URLs in a results list, once Pagefind has listed them. Pagefind
 * fills rows in lazily as they scroll into view, so rows are scrolled into view
 * until none is left as a placeholder.
 */
export async function resultUrls(scope: Locator): Promise<string[]> {
  const list = scope.locator('pagefind-results');
  await expect(list.locator('ul.pf-results')).toHaveAttribute('aria-busy', 'false');
  await expect(list.locator('li.pf-result').first()).toBeVisible();
  // Scrolled in the page, frame by frame, until no placeholder is left: one
  // round trip, where scrolling one row per retry waited up to 300 ms a row.
  await list.evaluate(async (el) => {
    const until = performance.now() + 10_000;
    for (let next = el.querySelector('li.pf-result[aria-hidden="true"]'); next && performance.now() < until;) {
      next.scrollIntoView({ block: 'nearest' });
      await new Promise((frame) => requestAnimationFrame(frame));
      next = el.querySelector('li.pf-result[aria-hidden="true"]');
    }
  });
  await expect(list.locator('li.pf-result[aria-hidden="true"]')).toHaveCount(0);
  return list.locator('a.pf-result-link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
