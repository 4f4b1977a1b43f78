/**
 * Quality gates over the real built site (issue 7): accessibility with axe-core
 * in both themes, unique titles and descriptions, no inline scripts, and flags
 * that read as typed (no `--rm` turned into an en dash).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { builtRoutes, distDir } from './site-pages';

const routes = builtRoutes();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const htmlOf = (route: string) => readFileSync(join(distDir, route, 'index.html'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

test.describe('axe: WCAG 2.0/2.1/2.2 A and AA', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const route of routes) {
      test(`${route} in the ${scheme} theme has no violations`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(route);
        await page.waitForLoadState('load');
        // evaluate() runs outside the page's CSP, so axe can be injected under nginx too.
        await page.evaluate(axeSource);
        const violations = await page.evaluate(async (tags) => {
          const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
          const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
          return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        }, WCAG_TAGS);
        expect(violations).toEqual([]);
      });
    }
  }
});

test.describe('built HTML', () => {
  test.beforeEach(({}, testInfo) => {
    testInfo.skip(testInfo.project.name !== 'preview', 'file checks run once, not per server');
  });

  test('every page has a unique title and a meta description', () => {
    const titles = new Map<string, string>();
    const problems: string[] = [];
    for (const route of routes) {
      const html = htmlOf(route);
      const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim();
      const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1]?.trim();
      if (!title) problems.push(`${route}: no <title>`);
      else if (titles.has(title)) problems.push(`${route}: title "${title}" also used by ${titles.get(title)}`);
      else titles.set(title, route);
      if (!description || description.length < 20) problems.push(`${route}: missing or too short meta description`);
    }
    expect(routes.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  test('no page has an inline executable <script>', () => {
    const offenders: string[] = [];
    for (const route of [...routes, '/404.html']) {
      const html = route.endsWith('.html') ? readFileSync(join(distDir, route), 'utf8') : htmlOf(route);
      for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
        const hasSrc = /\ssrc=/.test(tag);
        const type = /\stype="([^"]*)"/.exec(tag)?.[1];
        const isData = type !== undefined && !/^(module|text\/javascript|application\/javascript)$/.test(type);
        if (!hasSrc && !isData) offenders.push(`${route}: ${tag}`);
      }
      if (/\son[a-z]+="/i.test(html.replace(/<pre[\s\S]*?<\/pre>/g, ''))) offenders.push(`${route}: inline event handler attribute`);
    }
    expect(offenders).toEqual([]);
  });

  test('flags read as typed: no en or em dash where -- was written', () => {
    const offenders: string[] = [];
    for (const route of routes) {
      const text = htmlOf(route).replace(/<[^>]+>/g, ' ');
      for (const m of text.matchAll(/[\u2013\u2014](rm|it|env|publish|name|detach|volume|build|tag|file|all|scale|force|help|interactive|tty)\b/g)) {
        offenders.push(`${route}: "${m[0]}"`);
      }
    }
    expect(offenders).toEqual([]);
    const withFlags = routes.filter((r) => htmlOf(r).includes('--rm'));
    expect(withFlags.length, 'pages mention --rm as typed').toBeGreaterThan(0);
  });
});
