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
  const placeholders = list.locator('li.pf-result[aria-hidden="true"]');
  await expect(async () => {
    // Scrolled in the page, not with a locator action: a placeholder can be
    // replaced between counting and scrolling, and an action would wait for it.
    await list.evaluate((el) => el.querySelector('li.pf-result[aria-hidden="true"]')?.scrollIntoView({ block: 'nearest' }));
    expect(await placeholders.count()).toBe(0);
  }).toPass({ intervals: [100, 200, 300] });
  return list.locator('a.pf-result-link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
