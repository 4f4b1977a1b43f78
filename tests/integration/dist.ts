/**
 * The built site as files: every page of dist/ (or DIST_DIR) with its HTML.
 * Tests that read it need `npm run build` first; without a build they fail
 * at once, saying so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtRoutes, distDir } from '../e2e/site-pages';

export { builtRoutes, distDir };

/** Fails the calling test file with a clear message when there is no build. */
export function requireBuild(dir = distDir): void {
  if (!existsSync(join(dir, 'index.html')) || !existsSync(join(dir, '404.html'))) {
    throw new Error(`${dir} has no built site (index.html and 404.html). Run \`npm run build\` first, or set DIST_DIR.`);
  }
}

/** The HTML of a route (`/lessons/cors/`) or of a file (`/404.html`). */
export function htmlOf(route: string, dir = distDir): string {
  return readFileSync(join(dir, route.endsWith('.html') ? route : join(route, 'index.html')), 'utf8');
}

/** Attribute values as the browser sees them (the entities HTML attributes use decoded). */
export function decodeAttribute(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
