/**
 * Accessibility with axe-core (WCAG 2.2 AA) over the real built site. Light
 * theme on every page; dark theme on every lesson and on one page of each
 * template (the others share its markup and styles). Each run also fails on
 * a console error or failed request (fixtures.ts), so this is the "every
 * page loads cleanly" check too. Runs under `preview` only: axe judges the
 * markup, which both servers send alike. Checks that need no browser (links
 * and anchors, titles, inline scripts) are Vitest's: tests/integration/.
 *
 * Pages are checked in batches on one page per worker (`sharedPage`): a new
 * context and a fresh parse of axe per route cost more than axe itself on
 * most pages. A batch checks all of its pages even when one fails, and
 * names the route and theme of every violation it found. The dark check
 * switches the scheme on the loaded page: the themes are CSS only
 * (`light-dark()`, no script reads the scheme), so it sees what a dark load
 * would.
 */
import { axeViolations } from './axe';
import { test, expect } from './fixtures';
import { builtRoutes, distinctPages, templateOf } from './site-pages';

const routes = builtRoutes();
const darkRoutes = new Set(distinctPages(routes));
type Scheme = 'light' | 'dark';
const schemesOf = (route: string): Scheme[] => (darkRoutes.has(route) ? ['light', 'dark'] : ['light']);

/** Routes in batches of about `runs` axe runs each, in route order. */
function batches(runs: number): string[][] {
  const out: string[][] = [[]];
  let size = 0;
  for (const route of routes) {
    if (size >= runs) {
      out.push([]);
      size = 0;
    }
    out.at(-1)!.push(route);
    size += schemesOf(route).length;
  }
  return out.filter((b) => b.length > 0);
}

test.describe('axe: WCAG 2.0/2.1/2.2 A and AA', () => {
  test('the build has pages of every template', () => {
    expect([...new Set(routes.map(templateOf))]).toEqual(
      expect.arrayContaining(['commands', 'commands/[slug]', 'explain', 'home', 'lessons', 'lessons/[slug]', 'playground', 'search']),
    );
  });

  for (const batch of batches(12)) {
    test(`${batch[0]} … ${batch.at(-1)} (${batch.length} pages) have no violations`, async ({ sharedPage: page }) => {
      // Lessons take about 3 s per axe run on a loaded machine; most pages under 1 s.
      test.setTimeout(20_000 + 8_000 * batch.length);
      const found: string[] = [];
      for (const route of batch) {
        const response = await page.goto(route);
        if (response?.status() !== 200) found.push(`${route}: HTTP ${response?.status()}`);
        for (const scheme of schemesOf(route)) {
          await page.emulateMedia({ colorScheme: scheme });
          for (const v of await axeViolations(page)) found.push(`${route} in the ${scheme} theme: ${v}`);
        }
        await page.emulateMedia({ colorScheme: 'light' });
      }
      expect(found).toEqual([]);
    });
  }

  test('the 404 page in the light and dark themes has no violations', async ({ page, watch }) => {
    watch.allow(/(HTTP 404|status of 404).*\/no-such-page\//);
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), `the ${scheme} theme`).toEqual([]);
    }
  });
});
