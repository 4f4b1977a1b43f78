/**
 * The reading experience in real Chromium: code blocks that say what they are
 * and never hide code under the copy button, flags that never break at a
 * hyphen, a lesson sidebar that stays in view, the current section marked in
 * "On this page", `#` links, reading time, the glossary, and a phone layout
 * with a one-row header and nothing scrolling sideways, also at 200 % zoom.
 */
import { test, expect } from './fixtures';
import { lessonSlugs } from './site-pages';

test.describe('lessons', () => {
  test('code blocks have a header with their kind and the copy button, clear of the code', async ({ page }) => {
    await page.goto('/lessons/docker-cli/');
    const blocks = page.locator('.code-block');
    expect(await blocks.count()).toBeGreaterThan(5);
    const overlaps = await blocks.evaluateAll((els) =>
      els.flatMap((el) => {
        const button = el.querySelector('.copy-button')!.getBoundingClientRect();
        const pre = el.querySelector('pre')!.getBoundingClientRect();
        return button.bottom > pre.top + 0.5 ? [el.textContent?.slice(0, 40)] : [];
      }),
    );
    expect(overlaps).toEqual([]);
    await expect(page.locator('.code-block.is-terminal .code-title').first()).toHaveText('Terminal');
    expect(await page.locator('.code-block:not(.is-terminal) .code-title').allTextContents()).toContain('Shell');
  });

  test('short inline code such as --rm never breaks across lines, at desktop or phone width', async ({ page }) => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/lessons/docker-cli/');
      const broken = await page
        .locator('main code.nowrap')
        .evaluateAll((els) =>
          els.filter((el) => new Set([...el.getClientRects()].map((r) => Math.round(r.top))).size > 1).map((el) => el.textContent),
        );
      expect(broken, `inline code split across lines at ${width}px`).toEqual([]);
      expect(await page.locator('main code.nowrap').count()).toBeGreaterThan(20);
    }
  });

  test('the sidebar stays in view and "On this page" marks the section being read', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 800 });
    await page.goto('/lessons/docker-cli/');
    const heading = page.locator('.lesson-main .heading-wrapper h2[id]').nth(4);
    const id = await heading.getAttribute('id');
    // Bring that heading to 100 px below the top: past the top third of the window.
    await heading.evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 100));
    await expect(page.locator(`.lesson-toc a[href="#${id}"]`)).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('.lesson-toc a[aria-current="true"]')).toHaveCount(1);
    const box = await page.locator('.lesson-sidebar a[aria-current="page"]').boundingBox();
    expect(box && box.y >= 0 && box.y < 800, 'current lesson link still on screen').toBe(true);
  });

  test('every section heading has a # link to itself, and lessons say how long they take to read', async ({ page }) => {
    await page.goto('/lessons/volumes/');
    const ids = await page.locator('main .heading-wrapper h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids.length).toBeGreaterThan(3);
    for (const id of ids) await expect(page.locator(`.heading-wrapper a.heading-anchor[href="#${id}"]`)).toHaveCount(1);
    await expect(page.locator('.reading-time')).toHaveText(/^\d+ min read$/);
  });

  test('a glossary term links to the glossary at its first use in a lesson', async ({ page }) => {
    await page.goto('/lessons/volumes/');
    const link = page.locator('main a.glossary-link[href="/glossary/#named-volume"]');
    await expect(link).toHaveCount(1);
    await link.click();
    await expect(page).toHaveURL(/\/glossary\/#named-volume$/);
    await expect(page.locator('#named-volume dt')).toHaveText('Named volume');
    await expect(page.locator('#named-volume .glossary-lesson a')).toHaveAttribute('href', '/lessons/volumes/');
  });

  test('a common-mistake box is quieter than the headings around it', async ({ page }) => {
    await page.goto('/lessons/docker-cli/');
    const sizes = await page.evaluate(() => ({
      title: parseFloat(getComputedStyle(document.querySelector('.callout-mistake .callout-title')!).fontSize),
      h2: parseFloat(getComputedStyle(document.querySelector('.lesson-main .heading-wrapper h2')!).fontSize),
    }));
    expect(sizes.title).toBeLessThan(sizes.h2 * 0.75);
  });
});

test.describe('phones and zoom', () => {
  test('the header is one row of at most 64 px with search and a menu that opens', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/lessons/cors/');
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(64);
    await expect(
      page
        .getByRole('link', { name: 'Search' })
        .or(page.getByRole('button', { name: 'Search' }))
        .first(),
    ).toBeVisible();
    const main = page.getByRole('navigation', { name: 'Main' });
    await expect(main).toBeHidden();
    await page.locator('.site-menu > summary').click();
    await expect(main.getByRole('link', { name: 'Commands' })).toBeVisible();
  });

  for (const [label, size] of [
    ['a phone (390 px)', { width: 390, height: 844 }],
    ['200 % zoom on a 1280 px window', { width: 640, height: 400 }],
  ] as const) {
    test(`nothing scrolls sideways on ${label}`, async ({ page }) => {
      await page.setViewportSize(size);
      const wide: string[] = [];
      for (const path of ['/', ...lessonSlugs().map((s) => `/lessons/${s}/`), '/glossary/', '/progress/']) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) wide.push(`${path} (+${overflow}px)`);
      }
      expect(wide).toEqual([]);
    });
  }
});

test.describe('diagrams', () => {
  const pages = {
    'image-to-container': '/lessons/why-containers/',
    layers: '/lessons/dockerfile-layers/',
    'port-publishing': '/lessons/docker-cli/',
    'bridge-network': '/lessons/compose-networks/',
    'volume-vs-bind': '/lessons/volumes/',
  };
  for (const [name, path] of Object.entries(pages)) {
    test(`the ${name} diagram has a text alternative and follows the theme`, async ({ page }) => {
      await page.goto(path);
      const svg = page.locator(`figure.diagram svg[aria-labelledby^="diagram-${name}-"]`);
      await expect(svg).toHaveCount(1);
      const desc = await svg.locator('desc').textContent();
      expect(desc!.length).toBeGreaterThan(60);
      await expect(page.locator(`figure.diagram:has(svg[aria-labelledby^="diagram-${name}-"]) figcaption`)).not.toBeEmpty();
      const fill = () =>
        svg
          .locator('text')
          .first()
          .evaluate((t) => getComputedStyle(t).fill);
      await page.emulateMedia({ colorScheme: 'light' });
      const light = await fill();
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await fill()).not.toBe(light);
      // No drawing wider than its column.
      const box = await svg.boundingBox();
      const column = await page.locator('.lesson-main').boundingBox();
      expect(box!.width).toBeLessThanOrEqual(column!.width + 1);
    });
  }
});
