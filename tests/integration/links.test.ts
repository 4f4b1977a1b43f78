/**
 * Every internal link and #anchor of the built site resolves: each `<a href>`
 * on each page of dist/ points at a file the server will send, and a
 * `#fragment` names an element id on the target page. Files, not a browser:
 * what a server answers for a path is what dist/ holds (nginx and `astro
 * preview` add nothing), and tests/nginx checks the servers themselves.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtRoutes, decodeAttribute, distDir, htmlOf, requireBuild } from './dist';

requireBuild();
const routes = builtRoutes();
const ORIGIN = 'http://site.invalid';

/** The file a server sends for `pathname`, or undefined when there is none. */
function fileFor(pathname: string): string | undefined {
  const path = join(distDir, decodeURIComponent(pathname));
  if (pathname.endsWith('/')) return existsSync(join(path, 'index.html')) ? join(path, 'index.html') : undefined;
  if (existsSync(path) && statSync(path).isFile()) return path;
  // /lessons/cors without its slash: the server redirects to the folder.
  return existsSync(join(path, 'index.html')) ? join(path, 'index.html') : undefined;
}

const idsCache = new Map<string, Set<string>>();
function idsOf(route: string): Set<string> {
  let ids = idsCache.get(route);
  if (!ids) {
    ids = new Set([...htmlOf(route).matchAll(/\sid="([^"]*)"/g)].map((m) => decodeAttribute(m[1] ?? '')));
    idsCache.set(route, ids);
  }
  return ids;
}

/** Problems with the internal links of one page: `href (why)`. */
function brokenLinks(route: string, html = htmlOf(route)): string[] {
  const broken: string[] = [];
  const base = new URL(route, ORIGIN);
  for (const [, raw = ''] of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)) {
    const href = decodeAttribute(raw);
    const url = new URL(href, base);
    if (url.origin !== ORIGIN) continue;
    const file = fileFor(url.pathname);
    if (!file) {
      broken.push(`${href} (not found)`);
      continue;
    }
    if (!url.hash || !file.endsWith('.html')) continue;
    const id = decodeURIComponent(url.hash.slice(1));
    const targetRoute = file.endsWith('/404.html')
      ? '/404.html'
      : `/${file
          .slice(distDir.length)
          .replace(/^\/+/, '')
          .replace(/index\.html$/, '')}`;
    if (!idsOf(targetRoute).has(id)) broken.push(`${href} (no element with id "${id}")`);
  }
  return broken;
}

describe('internal links and anchors', () => {
  it('the build has pages', () => {
    expect(routes.length).toBeGreaterThan(5);
  });

  it.each(routes)('%s: every internal link and #anchor resolves', (route) => {
    expect(brokenLinks(route)).toEqual([]);
  });

  it('the check finds a missing page, a missing anchor and an anchor on the wrong page', () => {
    const html = `<a href="/no-such-page/">x</a> <a href="/#no-such-anchor">y</a> <a href="https://example.org/">z</a>
      <a href="/lessons/">fine</a> <a href="./no-such-file.txt">w</a>`;
    expect(brokenLinks('/search/', html)).toEqual([
      '/no-such-page/ (not found)',
      '/#no-such-anchor (no element with id "no-such-anchor")',
      './no-such-file.txt (not found)',
    ]);
  });
});
