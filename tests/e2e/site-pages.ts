/**
 * The built site as the browser tests see it: every page route in dist/
 * (or DIST_DIR), and the lessons' slugs from content/lessons.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { lessonSlug } from '../../src/lib/lessons/navigation';

export const distDir = process.env.DIST_DIR ?? 'dist';

/** Routes of every built HTML page, e.g. `/`, `/lessons/cors/`; 404.html excluded. */
export function builtRoutes(dir = distDir): string[] {
  const routes: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(p);
      } else if (name === 'index.html') {
        const rel = relative(dir, d).split('\\').join('/');
        routes.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return routes.sort();
}

/** Lesson route slugs from content/lessons/NN-slug.mdx. */
export function lessonSlugs(): string[] {
  return readdirSync('content/lessons')
    .filter((n) => n.endsWith('.mdx'))
    .sort()
    .map(lessonSlug);
}

/** The page template a route is built from: `/commands/container-run/` → `commands/[slug]`, `/` → `home`. */
export function templateOf(route: string): string {
  const parts = route.split('/').filter(Boolean);
  return parts.length > 1 ? `${parts[0]}/[slug]` : (parts[0] ?? 'home');
}

/**
 * Every lesson plus the first page of each other template: the pages whose
 * markup differs. Checks that depend on markup, not on text, run over these.
 */
export function distinctPages(routes = builtRoutes()): string[] {
  const firstOfTemplate = new Map<string, string>();
  for (const r of routes) if (!firstOfTemplate.has(templateOf(r))) firstOfTemplate.set(templateOf(r), r);
  const pages = new Set([...firstOfTemplate.values(), ...routes.filter((r) => templateOf(r) === 'lessons/[slug]')]);
  return routes.filter((r) => pages.has(r));
}
