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

/**
 * The result URLs on the /search/ page (`app` is its cn-search-page), once its
 * search has drawn them: the page draws ten at a time, so "Show … more" is
 * pressed until every result is listed.
 */
export async function pageResultUrls(app: Locator): Promise<string[]> {
  const list = app.locator('ul.search-results');
  await expect(list).toHaveAttribute('aria-busy', 'false');
  await expect(list.locator('li.pf-result').first()).toBeVisible();
  const more = app.getByRole('button', { name: /^Show \d+ more results?/ });
  while (await more.isVisible()) {
    const rows = await list.locator(':scope > li.pf-result').count();
    await more.click();
    await expect(list.locator(':scope > li.pf-result')).not.toHaveCount(rows);
  }
  return list.locator('a.pf-result-link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
