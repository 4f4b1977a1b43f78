/**
 * The one axe-core helper every browser spec uses: WCAG 2.0, 2.1 and 2.2,
 * levels A and AA, over the page as it is now (or one part of it).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

/**
 * axe violations as readable lines (`rule: help — first targets`), empty when
 * the page passes. `selector` limits the check to one element and its content.
 */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  // evaluate() runs outside the page's CSP, so axe can be injected under nginx too.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(
    async ({ tags, selector }) => {
      const axe = (window as unknown as { axe: { run: (ctx: Element | Document, o: object) => Promise<AxeResult> } }).axe;
      const context = selector ? document.querySelector(selector) : document;
      if (!context) return [`axe: no element matches ${selector}`];
      // resultTypes: only violations are reported in full; axe still runs every
      // rule, but skips listing each passing node (a large part of its time).
      const result = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map(
        (v) =>
          `${v.id}: ${v.help} — ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
    },
    { tags: WCAG_TAGS, selector },
  );
}
