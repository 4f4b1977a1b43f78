/**
 * The /search/ page's own renderer (issue 15, Lighthouse on a phone): it
 * searches with Pagefind's JavaScript API and never loads the Component UI
 * bundle, lists the same results in the same order as the search dialog
 * (which still uses the Component UI), draws them ten at a time, speaks the
 * count, moves by arrow keys, keeps its layout as results arrive, and says so
 * when search cannot load.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { pageResultUrls, resultUrls } from './search-results';

const app = (page: Page) => page.locator('cn-search-page');
const rows = (page: Page) => app(page).locator('ul.search-results > li.pf-result');
const pagefindFiles = (page: Page): string[] => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/pagefind/')) fetched.push(path);
  });
  return fetched;
};

test(
  'searches with Pagefind’s API alone: no Component UI, not even on hovering the header’s search button',
  { tag: '@nginx' },
  async ({ page }) => {
    const fetched = pagefindFiles(page);
    await page.goto('/search/?q=volume');
    await expect(rows(page).first()).toBeVisible();
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).hover();
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).focus();
    await expect(app(page).locator('ul.search-results')).toHaveAttribute('aria-busy', 'false');
    expect(fetched).toContain('/pagefind/pagefind.js');
    expect(fetched.filter((p) => p.includes('component-ui'))).toEqual([]);
    // The header button on this page goes to the page's own box.
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click();
    await expect(app(page).getByRole('searchbox')).toBeFocused();
    expect(fetched.filter((p) => p.includes('component-ui'))).toEqual([]);
  },
);

test('ten rows at a time: the button says how many are left, adds them and moves focus to the first new one', async ({ page }) => {
  await page.goto('/search/?q=volume');
  const summary = app(page).locator('.search-summary');
  await expect(summary).toHaveText(/^\d+ results for volume$/);
  const total = Number((await summary.textContent())?.split(' ')[0]);
  expect(total, 'enough results for three batches').toBeGreaterThan(20);
  await expect(app(page).getByRole('status')).toHaveText(`${total} results for volume`);
  await expect(rows(page)).toHaveCount(10);
  const more = app(page).getByRole('button', { name: `Show 10 more results (${total - 10} left)` });
  await more.click();
  await expect(rows(page)).toHaveCount(20);
  await expect(rows(page).nth(10).locator('a.pf-result-link')).toBeFocused();
  await app(page)
    .getByRole('button', { name: `Show ${total - 20} more result${total - 20 === 1 ? '' : 's'} (${total - 20} left)` })
    .click();
  await expect(rows(page)).toHaveCount(total);
  await expect(app(page).getByRole('button', { name: /^Show / })).toBeHidden();
  // Every row is a whole result: a link to a page of the site with its kind, and an excerpt.
  for (const row of await rows(page).all()) {
    await expect(row.locator('a.pf-result-link')).toHaveAttribute('href', /^\/[a-z]/);
    await expect(row.locator('a.pf-result-link .search-kind')).toHaveText(/^(Lesson|Command|Session|Glossary)$/);
    await expect(row.locator('.pf-result-excerpt')).not.toBeEmpty();
  }
});

for (const query of ['volume', 'port', 'publish', '--rm']) {
  test(`"${query}" lists the same results in the same order as the search dialog`, async ({ page }) => {
    await page.goto('/lessons/cors/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'search' });
    await dialog.getByRole('searchbox').fill(query);
    await expect(dialog.locator('pagefind-summary')).toContainText(query);
    const inDialog = await resultUrls(dialog);
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(app(page).locator('.search-summary')).toContainText(query);
    expect(await pageResultUrls(app(page))).toEqual(inDialog);
  });
}

test('arrow keys move between the box and the results; a letter typed on a result goes to the box; Esc clears', async ({ page }) => {
  await page.goto('/search/?q=bridge');
  const box = app(page).getByRole('searchbox');
  await expect(rows(page).first()).toBeVisible();
  const links = app(page).locator('ul.search-results a');
  await box.focus();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('s');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('bridges');
  await expect(page).toHaveURL('/search/?q=bridges');
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');
  await expect(page).toHaveURL('/search/');
  await expect(rows(page)).toHaveCount(0);
  await expect(app(page).locator('.search-summary')).toHaveText('');
  // Enter on a focused result opens it.
  await box.fill('bridge');
  await expect(rows(page).first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const href = await links.nth(0).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href!);
});

test('a query with no match says so, and the box keeps focus on a page without one', async ({ page }) => {
  await page.goto('/search/');
  const box = app(page).getByRole('searchbox');
  await expect(box).toBeFocused();
  // Before any query, the filter shows how many pages of each kind there are.
  await expect(app(page).getByRole('checkbox', { name: /^Command \d+$/ })).toBeVisible();
  await box.fill('qzxjvwk');
  await expect(app(page).locator('.search-summary')).toHaveText('No results for qzxjvwk');
  await expect(app(page).getByRole('status')).toHaveText('No results for qzxjvwk');
  await expect(rows(page)).toHaveCount(0);
  await expect(app(page).getByRole('button', { name: /^Show / })).toBeHidden();
  await expect(page).toHaveURL('/search/?q=qzxjvwk');
  await app(page).getByRole('button', { name: 'Clear' }).click();
  await expect(box).toHaveValue('');
  await expect(box).toBeFocused();
  await expect(page).toHaveURL('/search/');
  await expect(app(page).locator('.search-summary')).toHaveText('');
});

/** Where the parts above the results sit, in CSS pixels from the top of the page. */
const tops = (page: Page) =>
  app(page).evaluate((el) =>
    ['.search-box', '.search-filters', '.search-summary', '.search-results'].map((s) => {
      const box = el.querySelector(s)?.getBoundingClientRect();
      return box ? Math.round(box.top + window.scrollY) : null;
    }),
  );

// "healthcheck" finds no session and no glossary entry: those kinds are greyed out, not removed.
for (const [width, query] of [
  [390, 'volume'],
  [390, 'healthcheck'],
  [1280, 'volume'],
] as const) {
  test(`results arriving move nothing above them, ${width} px wide, "${query}"`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    // Hold Pagefind back, so the page is measured as drawn before any result.
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`/search/?q=${query}`);
    await expect(app(page).locator('.search-summary')).toHaveText(`Searching for ${query}…`);
    const before = await tops(page);
    expect(before.every((t) => t !== null)).toBe(true);
    release();
    await expect(rows(page).first()).toBeVisible();
    await expect(app(page).locator('.search-summary')).toHaveText(new RegExp(`results for ${query}$`));
    expect(await tops(page)).toEqual(before);
    if (query === 'healthcheck') {
      await expect(app(page).getByRole('checkbox', { name: 'Session 0' })).toBeDisabled();
      await expect(app(page).getByRole('checkbox', { name: /^Lesson [1-9]/ })).toBeEnabled();
    }
  });
}

async function expectNotice(page: Page, text: RegExp): Promise<Locator> {
  const notice = app(page).locator('[data-search-notice]');
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('heading', { name: 'Search could not load' })).toBeVisible();
  await expect(notice).toContainText(text);
  await expect(notice).toContainText('npm run build && npm start');
  await expect(app(page).getByRole('searchbox')).toBeHidden();
  return notice;
}

test('when Pagefind cannot load, the page says why and how to fix it', async ({ page, watch }) => {
  watch.allow(/\/pagefind\//);
  await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/search/?q=volume');
  await expectNotice(page, /could not load \/pagefind\/pagefind\.js/);
});

test('when the index is missing, the page says so too', async ({ page, watch }) => {
  watch.allow(/\/pagefind\/|Pagefind/);
  await page.route('**/pagefind/pagefind-entry.json*', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/search/?q=volume');
  await expectNotice(page, /Loading the search files failed/);
});
