/**
 * Site-wide browser checks on the real built site: every page opens without
 * console errors or failed requests, and every internal link and #anchor on it
 * resolves. Plus the foundation's features: home page, theme, copy buttons,
 * skip link, mobile layout, 404.
 */
import { test, expect } from './fixtures';
import { builtRoutes, lessonSlugs } from './site-pages';

const routes = builtRoutes();
// Pages already checked, per worker, so each target is fetched once.
const linkCache = new Map<string, Promise<string | null>>();

test.describe('every built page', () => {
  test('the build has pages', () => {
    expect(routes.length).toBeGreaterThan(5);
  });

  for (const route of routes) {
    test(`${route} loads cleanly and its internal links resolve`, async ({ page, request, baseURL }) => {
      const response = await page.goto(route);
      expect(response?.status()).toBe(200);
      await page.waitForLoadState('load');
      const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      const origin = new URL(baseURL!).origin;
      const broken: string[] = [];
      for (const href of new Set(hrefs)) {
        const url = new URL(href);
        if (url.origin !== origin) continue;
        const target = url.pathname + url.search;
        if (!linkCache.has(target)) {
          linkCache.set(
            target,
            request.get(target).then(async (r) => (r.ok() ? await r.text() : null)),
          );
        }
        const html = await linkCache.get(target)!;
        if (html === null) broken.push(`${href} (not found)`);
        else if (url.hash) {
          const id = decodeURIComponent(url.hash.slice(1));
          const here = url.pathname === new URL(page.url()).pathname;
          const exists = here
            ? await page.evaluate((i) => document.getElementById(i) !== null, id)
            : html.includes(`id="${id}"`);
          if (!exists) broken.push(`${href} (no element with id "${id}")`);
        }
      }
      expect(broken, `broken internal links on ${route}`).toEqual([]);
    });
  }
});

test('the home page lists every lesson in course order', async ({ page }) => {
  await page.goto('/');
  const lessonLinks = await page
    .locator('.lesson-list a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(lessonLinks).toEqual(lessonSlugs().map((s) => `/lessons/${s}/`));
  for (const name of ['Lessons', 'Commands', 'Explain', 'Practice', 'Playground']) {
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name })).toBeVisible();
  }
});

test.describe('lesson page', () => {
  const first = lessonSlugs()[0];
  const second = lessonSlugs()[1];

  test('sidebar marks the current lesson and prev/next links follow course order', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/lessons/${second}/`);
    const current = page.locator('.lesson-sidebar a[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toBeVisible();
    await expect(current).toHaveAttribute('href', `/lessons/${second}/`);
    await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', `/lessons/${first}/`);
  });

  test('the saved theme applies before any module script runs (no flash)', async ({ page, watch }) => {
    await page.goto(`/lessons/${first}/`);
    await page.getByLabel('Theme').selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // Block every module script: only the blocking theme-init script may act.
    watch.allow(/\/_astro\/[^ ]*\.js/);
    const moduleScripts = /\/_astro\/(?!theme-init).*\.js$/;
    await page.route(moduleScripts, (route) => route.abort());
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const scheme = await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
    expect(scheme).toBe('dark');
    await page.unroute(moduleScripts);
    await page.reload();
    await page.getByLabel('Theme').selectOption('auto');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  });

  test('copy button copies the commands without their $ prompt', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/lessons/${first}/`);
    for (const slug of lessonSlugs()) {
      await page.goto(`/lessons/${slug}/`);
      if ((await page.locator('.code-block pre[data-language="console"]').count()) > 0) break;
    }
    const block = page.locator('.code-block:has(pre[data-language="console"])').first();
    await expect(block, 'a lesson with a console transcript').toHaveCount(1);
    const button = block.getByRole('button', { name: 'Copy code to clipboard' });
    await button.click();
    await expect(button).toHaveText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const shown = await block.locator('pre').innerText();
    expect(shown).toMatch(/^\s*\$ /m);
    expect(copied).not.toMatch(/^\$ /m);
    expect(copied.length).toBeGreaterThan(0);
    expect(shown).toContain(copied.split('\n')[0]);
  });

  test('the skip link moves focus to the content', async ({ page }) => {
    await page.goto(`/lessons/${first}/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('on a phone the sidebar folds away and nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`/lessons/${second}/`);
    const summary = page.locator('.sidebar-details > summary');
    await expect(summary).toBeVisible();
    const currentLink = page.locator('.lesson-sidebar a[aria-current="page"]');
    await expect(currentLink).toBeHidden();
    await summary.click();
    await expect(currentLink).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('a lesson without a player loads no tool code (search, explainer, terminal)', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || r.url().endsWith('.wasm')) scripts.push(r.url());
    });
    for (const slug of lessonSlugs()) {
      await page.goto(`/lessons/${slug}/`);
      if ((await page.locator('cn-cast-player').count()) === 0) break;
      scripts.length = 0;
    }
    await expect(page.locator('cn-cast-player')).toHaveCount(0);
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((u) => /pagefind|xterm|explain|cast-player|command-filter/.test(u))).toEqual([]);
    expect(scripts.length).toBeGreaterThan(0);
  });
});

test('an unknown address answers 404 with the site 404 page', async ({ page, watch }) => {
  watch.allow(/(HTTP 404|status of 404).*\/no-such-page\//);
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});
