/**
 * Full-text search (issue 4) in real Chromium against the real built index:
 * the header dialog and its keys, what queries find (concepts, commands,
 * flags as typed), filters by kind, the /search/ page, the 404 page's "search
 * for this", loading only on demand, and the messages when search cannot work.
 */
import type { Locator, Page } from '@playwright/test';
import { axeViolations } from './axe';
import { settled, test, expect } from './fixtures';
import { pageResultUrls, resultUrls } from './search-results';

const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'search' });
const searchPage = (page: Page) => page.locator('cn-search-page');
const pagefindRequest = (url: string) => new URL(url).pathname.startsWith('/pagefind/');

/** Opens the dialog with `/` from the page body and waits for its search box to take focus. */
async function openWithSlash(page: Page): Promise<Locator> {
  await page.keyboard.press('/');
  const dialog = dialogOf(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  return dialog;
}

/** Types a query into the search box of `scope` and returns the result URLs. */
async function search(scope: Locator, query: string): Promise<string[]> {
  await scope.getByRole('searchbox').fill(query);
  await expect(scope.locator('pagefind-summary')).toContainText(query);
  return resultUrls(scope);
}

test.describe('the search dialog', () => {
  test('"bridge" finds the Compose networks lesson, with highlighted excerpts and headings', { tag: '@nginx' }, async ({ page }) => {
    await page.goto('/lessons/cors/');
    const dialog = await openWithSlash(page);
    const urls = await search(dialog, 'bridge');
    expect(urls.slice(0, 3), 'among the first results').toContain('/lessons/compose-networks/');
    const row = dialog.locator('li.pf-result', { has: page.locator('a.pf-result-link[href="/lessons/compose-networks/"]') });
    await expect(row.locator('.search-kind')).toHaveText('Lesson');
    await expect(row.locator('.pf-result-excerpt mark').first()).toHaveText(/bridge/i);
    // Sub-results: the headings within the lesson where "bridge" appears.
    const headings = row.locator('a.pf-heading-link');
    expect(await headings.count()).toBeGreaterThan(0);
    for (const href of await headings.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^\/lessons\/compose-networks\/#[\w-]+$/);
    }
  });

  test('"--rm" finds `docker run`, and the flag is matched as written', async ({ sharedPage: page }) => {
    await page.goto('/');
    const dialog = await openWithSlash(page);
    const urls = await search(dialog, '--rm');
    expect(urls.slice(0, 5), 'among the first results').toContain('/commands/container-run/');
    const marks = await dialog.locator('.pf-result-excerpt mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark).toMatch(/^--rm/);
  });

  test('"RUN vs CMD" finds the Dockerfile lesson', async ({ sharedPage: page }) => {
    await page.goto('/');
    const dialog = await openWithSlash(page);
    const urls = await search(dialog, 'RUN vs CMD');
    expect(urls.slice(0, 3), 'among the first results').toContain('/lessons/dockerfile/');
  });

  test('a query with no match says so', async ({ sharedPage: page }) => {
    await page.goto('/');
    const dialog = await openWithSlash(page);
    await dialog.getByRole('searchbox').fill('qzxjvwk');
    await expect(dialog.locator('pagefind-summary')).toHaveText('No results for qzxjvwk');
    await expect(dialog.locator('li.pf-result')).toHaveCount(0);
  });

  test('/ opens it, arrows move through results and Enter opens one', async ({ sharedPage: page }) => {
    await page.goto('/');
    const dialog = await openWithSlash(page);
    await search(dialog, 'bridge');
    const first = dialog.locator('a.pf-result-link').first();
    await expect(first).toBeVisible();
    // Pagefind draws each row's excerpt and headings after the row itself; keys
    // pressed before the rows have settled can land on an element that is redrawn.
    await expect(dialog.locator('li.pf-result').first().locator('.pf-result-excerpt')).not.toBeEmpty();
    await expect(dialog.locator('li.pf-result').last().locator('.pf-result-excerpt')).not.toBeEmpty();
    await page.keyboard.press('ArrowDown');
    await expect(first).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(first).not.toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(first).toBeFocused();
    const href = await first.getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(href!);
  });

  test('Esc closes it and focus returns to where it was', async ({ sharedPage: page }) => {
    await page.goto('/lessons/cors/');
    const nextLink = page.locator('.prev-next a[rel="next"]');
    await nextLink.focus();
    const dialog = await openWithSlash(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(nextLink).toBeFocused();
  });

  for (const combo of ['Control+k', 'Meta+k']) {
    test(`${combo.replace('Meta', '⌘')} opens it, even from a form field, and Esc returns there`, async ({ sharedPage: page }) => {
      await page.goto('/lessons/cors/');
      const theme = page.getByRole('combobox', { name: 'Theme' });
      await theme.focus();
      await page.keyboard.press(combo);
      const dialog = dialogOf(page);
      await expect(dialog.getByRole('searchbox')).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(theme).toBeFocused();
    });
  }

  test('the header button opens it; closing returns focus to the button', async ({ sharedPage: page }) => {
    await page.goto('/lessons/cors/');
    const button = page.getByRole('banner').getByRole('button', { name: 'Search' });
    await button.click();
    const dialog = dialogOf(page);
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('`/` typed into a text field stays text', async ({ sharedPage: page }) => {
    await page.goto('/search/');
    const box = searchPage(page).getByRole('searchbox');
    await box.fill('docker');
    await box.press('/');
    await expect(box).toHaveValue('docker/');
    await expect(dialogOf(page)).toBeHidden();
  });

  test('the Type filter narrows results to one kind', async ({ sharedPage: page }) => {
    await page.goto('/');
    const dialog = await openWithSlash(page);
    const all = await search(dialog, 'network');
    await dialog
      .getByRole('group', { name: 'Type' })
      .getByRole('checkbox', { name: /^Command/ })
      .check();
    const commands = await resultUrls(dialog);
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.length).toBeLessThan(all.length);
    for (const url of commands) expect(url).toMatch(/^\/commands\//);
    await expect(dialog.locator('.search-kind').first()).toHaveText('Command');
  });

  test('links to the full results page for the same query', async ({ sharedPage: page }) => {
    await page.goto('/');
    const dialog = await openWithSlash(page);
    await dialog.getByRole('searchbox').fill('bridge');
    await expect(dialog.locator('a.pf-result-link').first()).toBeVisible();
    await dialog.getByRole('link', { name: 'Open the full results page' }).click();
    await expect(page).toHaveURL('/search/?q=bridge');
    await expect(searchPage(page).locator('a.pf-result-link').first()).toBeVisible();
  });
});

test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the open dialog with results, ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/lessons/cors/');
      const dialog = await openWithSlash(page);
      await search(dialog, 'bridge');
      expect(await axeViolations(page)).toEqual([]);
    });

    test(`the results page with results, ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/search/?q=network');
      await pageResultUrls(searchPage(page));
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('the /search/ page', () => {
  test('?q= fills the box and shows results; typing updates the address', async ({ sharedPage: page }) => {
    await page.goto('/search/?q=bridge');
    const app = searchPage(page);
    await expect(app.getByRole('searchbox')).toHaveValue('bridge');
    expect(await pageResultUrls(app)).toContain('/lessons/compose-networks/');
    await app.getByRole('searchbox').fill('--rm');
    await expect(page).toHaveURL('/search/?q=--rm');
    expect(await pageResultUrls(app)).toContain('/commands/container-run/');
  });

  test('kind filters narrow results, and unchecking restores them', async ({ sharedPage: page }) => {
    await page.goto('/search/?q=network');
    const app = searchPage(page);
    const all = await pageResultUrls(app);
    const lesson = app.getByRole('checkbox', { name: /^Lesson/ });
    await lesson.check();
    const lessons = await pageResultUrls(app);
    expect(lessons.length).toBeGreaterThan(0);
    expect(lessons.length).toBeLessThan(all.length);
    for (const url of lessons) expect(url).toMatch(/^\/lessons\//);
    await lesson.uncheck();
    expect((await pageResultUrls(app)).length).toBe(all.length);
  });

  test('without JavaScript it explains that search needs it and where to go instead', async ({ browser, baseURL, request }) => {
    // Chromium still parses <noscript> as text when Playwright turns scripts off,
    // so its content is checked in the served HTML.
    const html = await (await request.get('/search/?q=bridge')).text();
    const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
    expect(noscript).toContain('Search needs JavaScript.');
    expect(noscript).toMatch(/<a href="\/lessons\/">all lessons<\/a>/);
    expect(noscript).toMatch(/<a href="\/commands\/">command cheat sheet<\/a>/);
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/lessons/cors/');
    await expect(page.getByRole('banner').getByRole('link', { name: 'Search' })).toHaveAttribute('href', '/search/');
    await context.close();
  });
});

test('the 404 page offers to search for the missing address', async ({ page, watch }) => {
  watch.allow(/(HTTP 404|status of 404).*\/lessons\/compose-netwrks\//);
  const response = await page.goto('/lessons/compose-netwrks/');
  expect(response?.status()).toBe(404);
  const link = page.locator('a#search-this');
  await expect(link).toHaveAttribute('href', '/search/?q=compose%20netwrks');
  await expect(link).toHaveText('Search the site for “compose netwrks”');
  await link.click();
  await expect(searchPage(page).getByRole('searchbox')).toHaveValue('compose netwrks');
  await expect(searchPage(page).locator('.search-summary')).toContainText('compose netwrks');
});

test.describe('loading on demand', () => {
  test('a lesson nobody searches from fetches nothing of Pagefind', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    await page.goto('/lessons/compose-networks/');
    // Let the page go idle, scroll the whole lesson, and let it go idle again.
    await settled(page);
    await page.mouse.wheel(0, 20_000);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await settled(page);
    expect(fetched.filter(pagefindRequest)).toEqual([]);
    expect(
      fetched.filter((u) => /\/_astro\/search-ui\./.test(u)),
      'our search chunk waits for the reader too',
    ).toEqual([]);
    expect(fetched.length).toBeGreaterThan(0);
  });

  test("hovering the button fetches Pagefind's UI; only searching fetches the index", async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (pagefindRequest(r.url())) fetched.push(new URL(r.url()).pathname);
    });
    await page.goto('/lessons/compose-networks/');
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).hover();
    await expect.poll(() => fetched.slice().sort()).toEqual(['/pagefind/pagefind-component-ui.css', '/pagefind/pagefind-component-ui.js']);
    const dialog = await openWithSlash(page);
    await search(dialog, 'bridge');
    expect(fetched).toContain('/pagefind/pagefind.js');
    expect(fetched.some((p) => p.endsWith('.pagefind') || p.endsWith('.pf_meta'))).toBe(true);
    expect(fetched.some((p) => p.startsWith('/pagefind/index/'))).toBe(true);
  });
});

test('when the search files cannot load, the dialog says why and how to fix it', async ({ page, watch }) => {
  watch.allow(/\/pagefind\//);
  await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/lessons/cors/');
  const button = page.getByRole('banner').getByRole('button', { name: 'Search' });
  await button.click();
  const notice = page.getByRole('dialog', { name: 'Search could not load' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('/pagefind/pagefind-component-ui');
  await expect(notice).toContainText('npm run build && npm start');
  await page.keyboard.press('Escape');
  await expect(notice).toBeHidden();
  await expect(button).toBeFocused();
});
