/**
 * Search ranking (issue 15) against the real built index: lessons and their
 * sections above command pages for concept words, words as typed above longer
 * words they start, no empty sub-results on command pages, and no raw
 * 64-character IDs in excerpts.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { pageResultUrls } from './search-results';

const app = (page: Page) => page.locator('cn-search-page');

async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(app(page).locator('.search-summary')).toContainText(query);
  return pageResultUrls(app(page));
}

test('"volume" ranks the Volumes lesson first, above every command page', async ({ page }) => {
  const urls = await searchFor(page, 'volume');
  expect(urls[0]).toBe('/lessons/volumes/');
  const firstCommand = urls.findIndex((u) => u.startsWith('/commands/'));
  const lessons = urls.filter((u) => u.startsWith('/lessons/'));
  expect(firstCommand, 'a command page is found too').toBeGreaterThan(0);
  expect(
    urls.slice(0, firstCommand).every((u) => u.startsWith('/lessons/')),
    `lessons before commands: ${urls.join(' ')}`,
  ).toBe(true);
  expect(lessons.length).toBeGreaterThan(1);
  // The lesson's sections come with it.
  const row = app(page).locator('li.pf-result', { has: page.locator('a.pf-result-link[href="/lessons/volumes/"]') });
  expect(await row.locator('a.pf-heading-link').count()).toBeGreaterThan(0);
});

test('"port" finds the word port before "portfolio" or "Portability"', async ({ page }) => {
  await searchFor(page, 'port');
  const first = app(page).locator('li.pf-result').first();
  const marks = await first.locator('.pf-result-excerpt mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  // Pagefind marks a word with the punctuation that follows it ("port.").
  for (const m of marks) expect(m.toLowerCase()).toMatch(/^ports?[.,:;)]?$/);
});

test('command results have no empty Usage, Options or Examples sub-results', async ({ page }) => {
  await searchFor(page, 'publish');
  const headings = await app(page).locator('a.pf-heading-link').allTextContents();
  expect(headings.length).toBeGreaterThan(0);
  for (const h of headings) expect(h.trim()).not.toMatch(/^(Usage|Options|Examples)$/);
});

/** Pagefind's own API, in the page: the indexed text (from which excerpts are cut) of the pages under `prefix` that `term` finds. */
async function indexedTexts(page: Page, term: string, prefix: string): Promise<{ url: string; content: string }[]> {
  await page.goto('/search/');
  return page.evaluate(
    async ({ term, prefix }) => {
      const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      const found = await pagefind.search(term);
      const data: { url: string; content: string }[] = await Promise.all(found.results.map((r: { data(): Promise<unknown> }) => r.data()));
      return data.filter((d) => d.url.startsWith(prefix));
    },
    { term, prefix },
  );
}

test('the indexed text of session pages holds no 64-character container IDs', async ({ page }) => {
  const texts = await indexedTexts(page, 'docker', '/playground/');
  expect(texts.length, 'session pages are indexed').toBeGreaterThan(3);
  for (const t of texts) expect(t.content, t.url).not.toMatch(/\b[0-9a-f]{64}\b/);
});

test("the indexed text of command pages holds no table header run together ('OptionValueWhat it does')", async ({ page }) => {
  const texts = await indexedTexts(page, 'volume', '/commands/');
  expect(texts.length, 'command pages are indexed').toBeGreaterThan(3);
  for (const t of texts) expect(t.content, t.url).not.toContain('What it does');
});
