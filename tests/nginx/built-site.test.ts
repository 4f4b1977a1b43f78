/**
 * The real build (dist/, or DIST_DIR) served by the real nginx: every
 * lesson route, the 404 page, every fingerprinted asset, the search index
 * and the recordings, with the headers, caching, encoding and types users
 * get. Run `npm run build` first (`npm test` does).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectSecurityHeaders } from './policy';
import { get, startNginx, type NginxServer } from './server';

const dist = resolve(process.env.DIST_DIR ?? 'dist');
if (!existsSync(join(dist, 'index.html')) || !existsSync(join(dist, '404.html'))) {
  throw new Error(`${dist} has no built site (index.html and 404.html). Run \`npm run build\` first, or set DIST_DIR.`);
}

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : [],
  );
}

/** URL path of a file in dist. */
const urlOf = (file: string) => `/${relative(dist, file).split(sep).join('/')}`;
const all = files(dist);
const lessons = readdirSync(join(dist, 'lessons'), { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(dist, 'lessons', e.name, 'index.html')))
  .map((e) => e.name);
const assets = files(join(dist, '_astro')).filter((f) => !f.endsWith('.gz'));
const casts = all.filter((f) => f.endsWith('.cast'));
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.woff2': 'font/woff2',
};

let server: NginxServer;
let port: number;
beforeAll(async () => {
  server = await startNginx(dist);
  port = server.port;
});
afterAll(async () => {
  await server?.stop();
});

describe('pages of the build', () => {
  it('has lessons to check', () => {
    expect(lessons.length).toBeGreaterThan(0);
  });

  it('serves the home page with the security headers', async () => {
    const res = await get(port, '/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-cache');
    expectSecurityHeaders(res.headers, '/');
  });

  it('redirects every /lessons/<slug> to /lessons/<slug>/ and serves it', async () => {
    for (const slug of lessons) {
      const bare = await get(port, `/lessons/${slug}`);
      expect(bare.status, slug).toBe(301);
      expect(bare.headers.location, slug).toBe(`/lessons/${slug}/`);
      const page = await get(port, `/lessons/${slug}/`);
      expect(page.status, slug).toBe(200);
      expect(page.body.toString(), slug).toBe(readFileSync(join(dist, 'lessons', slug, 'index.html'), 'utf8'));
      expectSecurityHeaders(page.headers, slug);
    }
  });

  it('answers an unknown route with the built 404 page, status 404, headers included', async () => {
    const res = await get(port, '/lessons/no-such-lesson/');
    expect(res.status).toBe(404);
    expect(res.body.toString()).toBe(readFileSync(join(dist, '404.html'), 'utf8'));
    expectSecurityHeaders(res.headers, '404');
  });

  it('sends the precompressed 404 page to gzip clients', async () => {
    const res = await get(port, '/missing', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.status).toBe(404);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.body).toString()).toBe(readFileSync(join(dist, '404.html'), 'utf8'));
  });
});

describe('assets of the build', () => {
  it('serves every /_astro/ file for a year, immutable, with its type', async () => {
    expect(assets.length).toBeGreaterThan(0);
    for (const file of assets) {
      const res = await get(port, urlOf(file), { method: 'HEAD' });
      expect(res.status, file).toBe(200);
      expect(res.headers['cache-control'], file).toBe('public, max-age=31536000, immutable');
      const type = TYPES[file.slice(file.lastIndexOf('.'))];
      if (type) expect(res.headers['content-type'], file).toBe(type);
    }
  });

  it('serves the explain page data file, named by its hash, for a year as JSON, gzip to gzip clients', async () => {
    const html = readFileSync(join(dist, 'explain', 'index.html'), 'utf8');
    const path = /<cn-command-explainer data-src="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(path).toMatch(/^\/explain\/data\.[0-9a-f]{10}\.json$/);
    expect(html).toContain(`<link rel="preload" href="${path}" as="fetch"`);
    const res = await get(port, path, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.body).toString()).toBe(readFileSync(join(dist, path), 'utf8'));
    expectSecurityHeaders(res.headers, path);
  });

  it('has a .gz next to every text asset worth compressing, and nginx sends it', async () => {
    const text = assets.filter((f) => /\.(js|css|svg)$/.test(f) && statSync(f).size >= 256);
    expect(text.length).toBeGreaterThan(0);
    for (const file of text) {
      expect(existsSync(`${file}.gz`), `${file}.gz (npm run build runs scripts/precompress.mjs)`).toBe(true);
      const res = await get(port, urlOf(file), { headers: { 'Accept-Encoding': 'gzip' } });
      expect(res.headers['content-encoding'], file).toBe('gzip');
      expect(Number(res.headers['content-length']), file).toBe(statSync(`${file}.gz`).size);
    }
  });
});

describe('search index and recordings', () => {
  it('serves the Pagefind index with its types, briefly cached', async () => {
    const entry = join(dist, 'pagefind', 'pagefind-entry.json');
    expect(existsSync(entry), 'dist/pagefind/pagefind-entry.json').toBe(true);
    const checks: [string, string][] = [
      ['/pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
      ['/pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
      ...files(join(dist, 'pagefind'))
        .filter((f) => /\.(pagefind|pf_\w+)$/.test(f))
        .map((f): [string, string] => [urlOf(f), 'application/octet-stream']),
    ];
    for (const [path, type] of checks) {
      const res = await get(port, path, { method: 'HEAD' });
      expect(res.status, path).toBe(200);
      expect(res.headers['content-type'], path).toBe(type);
      expect(res.headers['cache-control'], path).toMatch(/^public, max-age=\d{1,4}\b/);
    }
  });

  it.skipIf(casts.length === 0)('serves every recording as application/x-asciicast, briefly cached', async () => {
    for (const file of casts) {
      const res = await get(port, urlOf(file), { method: 'HEAD' });
      expect(res.status, file).toBe(200);
      expect(res.headers['content-type'], file).toBe('application/x-asciicast; charset=utf-8');
      expect(res.headers['cache-control'], file).toMatch(/^public, max-age=\d{1,4}\b/);
    }
  });
});
