/**
 * Accessibility with axe-core (WCAG 2.2 AA) over the real built site. Light
 * theme on every page; dark theme on every lesson and on one page of each
 * template (the others share its markup and styles). Each run also fails on
 * a console error or failed request (fixtures.ts), so this is the "every
 * page loads cleanly" check too. Runs under `preview` only: axe judges the
 * markup, which both servers send alike. Checks that need no browser (links
 * and anchors, titles, inline scripts) are Vitest's: tests/integration/.
 */
import { axeViolations } from './axe';
import { test, expect } from './fixtures';
import { builtRoutes, distinctPages, templateOf } from './site-pages';

const routes = builtRoutes();

const darkRoutes = new Set(distinctPages(routes));

test.describe('axe: WCAG 2.0/2.1/2.2 A and AA', () => {
  test('the build has pages of every template', () => {
    expect([...new Set(routes.map(templateOf))]).toEqual(
      expect.arrayContaining(['commands', 'commands/[slug]', 'explain', 'home', 'lessons', 'lessons/[slug]', 'playground', 'search']),
    );
  });

  for (const route of routes) {
    for (const scheme of darkRoutes.has(route) ? (['light', 'dark'] as const) : (['light'] as const)) {
      test(`${route} in the ${scheme} theme has no violations`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        const response = await page.goto(route);
        expect(response?.status()).toBe(200);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`the 404 page in the ${scheme} theme has no violations`, async ({ page, watch }) => {
      watch.allow(/(HTTP 404|status of 404).*\/no-such-page\//);
      await page.emulateMedia({ colorScheme: scheme });
      const response = await page.goto('/no-such-page/');
      expect(response?.status()).toBe(404);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
