/**
 * The foundation's features in real Chromium on the real built site: home
 * page, theme, copy buttons, skip link, mobile layout, 404. That every page
 * loads without console errors is checked by quality.spec.ts (axe visits
 * them all); that every internal link and #anchor resolves, by Vitest over
 * dist/ (tests/integration/links.test.ts).
 */
import { settled, test, expect } from './fixtures';
import { lessonSlugs } from './site-pages';

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

  test('a lesson with docker commands says which releases they were checked against; one without does not', async ({ page }) => {
    await page.goto('/lessons/docker-cli/');
    await expect(page.locator('.lesson-kicker')).toContainText(/Commands checked against Docker \d+, Compose v\d+/);
    await page.goto('/lessons/cors/');
    await expect(page.locator('.lesson-kicker')).toBeVisible();
    await expect(page.locator('.lesson-kicker .checked-against')).toHaveCount(0);
    await page.goto('/commands/container-run/');
    await expect(page.locator('.checked-against')).toHaveText(/^Checked against Docker \d+, Compose v\d+\.$/);
  });

  test('copy button copies the commands without their $ prompt', { tag: '@nginx' }, async ({ page, context }) => {
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
    await settled(page);
    expect(scripts.filter((u) => /pagefind|xterm|explain|cast-player|command-filter/.test(u))).toEqual([]);
    expect(scripts.length).toBeGreaterThan(0);
  });
});

test('an unknown address answers 404 with the site 404 page', { tag: '@nginx' }, async ({ page, watch }) => {
  watch.allow(/(HTTP 404|status of 404).*\/no-such-page\//);
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

test('no frame shows half a header, even on a slow phone (the header tools never move as it loads)', async ({ page, context }) => {
  // A parser that pauses mid-header (likely on a slow CPU) used to paint the search button alone at the
  // right edge, then move it left as the theme select arrived. Each painted frame records what was parsed.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { frames_: string[] }).frames_ = seen;
    const frame = () => {
      seen.push(document.getElementById('header-parsed') ? 'whole header' : document.querySelector('.site-header') ? 'half' : 'none');
      if (document.readyState !== 'complete') requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/playground/run-flags/', '/explain/']) {
    await page.goto(path);
    const frames = await page.evaluate(() => (window as unknown as { frames_: string[] }).frames_);
    expect(frames.length, path).toBeGreaterThan(0);
    expect(new Set(frames), path).toEqual(new Set(['whole header']));
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
});

const NEEDS_JS = [
  ['/explain/', 'The explainer runs in your browser and needs JavaScript.'],
  ['/practice/run-backend/', 'The practice terminal runs in your browser and needs JavaScript.'],
  ['/cors/', 'The lab runs in your browser and needs JavaScript.'],
] as const;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the explainer, practice terminal and CORS lab say they need it, in a note box', async ({ page }) => {
    for (const [path, text] of NEEDS_JS) {
      await page.goto(path);
      const note = page.locator('.noscript-note', { hasText: text });
      await expect(note, path).toBeVisible();
      await expect(note, path).toHaveCSS('border-left-width', '4px');
    }
  });
});

test('with JavaScript, the tools do not say they need it', async ({ page }) => {
  for (const [path, text] of NEEDS_JS) {
    await page.goto(path);
    const note = page.locator('.noscript-note', { hasText: text });
    await expect(note, path).toHaveCount(1);
    await expect(note, path).toBeHidden();
  }
});
