/**
 * What stands between a page and its first paint (issue 15, Lighthouse on a
 * phone): the explain page blocks rendering on the site's one stylesheet only;
 * the file explainer's styles come with its code, and its answer is drawn
 * once they are in, so nothing restyles after.
 */
import { test, expect } from './fixtures';

const DOCKERFILE = 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n';

test(
  'the explain page links one stylesheet; the file explainer brings its own, before it draws',
  { tag: '@nginx' },
  async ({ page, request }) => {
    const html = await (await request.get('/explain/')).text();
    expect(html.match(/<link[^>]+rel="stylesheet"[^>]*>/g) ?? []).toHaveLength(1);

    await page.goto(`/explain/?cmd=${encodeURIComponent(DOCKERFILE)}`);
    const list = page.locator('cn-file-explainer .file-lines').first();
    await expect(list).toBeVisible();
    // From file-explainer.css: its line list has no bullets or indent.
    await expect(list).toHaveCSS('list-style-type', 'none');
    await expect(list).toHaveCSS('padding-left', '0px');
    expect(await page.locator('link[rel="stylesheet"]').count()).toBe(2);
  },
);

test('the results page starts only its own search: no dialog elements, ?q= finds results, / goes to its box', async ({ page }) => {
  await page.goto('/search/?q=volume');
  await expect(page.locator('cn-search-page .search-results a').first()).toBeVisible();
  await expect(page.locator('pagefind-modal')).toHaveCount(0);
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(page.locator('cn-search-page input[type="search"]')).toBeFocused();
  await page.keyboard.type('port');
  // The box had the query selected: typing replaces it.
  await expect(page).toHaveURL(/\/search\/\?q=port$/);
  await expect(page.locator('cn-search-page .search-results a').first()).toBeVisible();
});
