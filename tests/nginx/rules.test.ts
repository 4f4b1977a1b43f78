/**
 * Every rule of the nginx config, checked with real requests against the
 * real nginx over a small fixture site. The fixture holds what the built
 * site may not: hidden files, a symlink out of the site, a folder without
 * an index, one file of every type the site serves.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectSecurityHeaders } from './policy';
import { get, rawRequest, startNginx, writeSite, type NginxServer } from './server';

const PRECOMPRESS = fileURLToPath(new URL('../../scripts/precompress.mjs', import.meta.url));
const SECRET = 'SECRET-MUST-NOT-LEAK';
const script = `export function greet(name) {\n  return 'hello ' + name;\n}\n`.repeat(60);
const cast = `{"version": 2, "width": 80, "height": 24}\n` + `[0.5, "o", "$ docker ps\\r\\n"]\n`.repeat(40);

/** Files of the fixture site, path → content. */
const FILES: Record<string, string | Buffer> = {
  'index.html': '<!doctype html><title>Home</title><p>home page</p>',
  '404.html': '<!doctype html><title>Not found</title><p>fixture 404 page</p>',
  'lessons/cors/index.html': `<!doctype html><title>CORS</title><p>${'lesson text '.repeat(60)}</p>`,
  '_astro/app.B1x2y3z4.js': script,
  '_astro/site.Ab12Cd34.css': `body { color: #222; }\n`.repeat(40),
  'pagefind/pagefind.js': script,
  'pagefind/pagefind-entry.json': JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_1' } } }),
  'pagefind/wasm.en.pagefind': gzipSync(Buffer.from('\0asm fake wasm body '.repeat(50))),
  'pagefind/index/en_1.pf_index': gzipSync(Buffer.from('index chunk '.repeat(50))),
  'pagefind/fragment/en_1.pf_fragment': gzipSync(Buffer.from('fragment '.repeat(50))),
  'pagefind/filter/en_1.pf_filter': gzipSync(Buffer.from('filter '.repeat(50))),
  'pagefind/pagefind.en_1.pf_meta': gzipSync(Buffer.from('meta '.repeat(50))),
  'casts/first-container.cast': cast,
  'engine.wasm': Buffer.concat([Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), Buffer.alloc(600, 7)]),
  'favicon.svg': `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>`,
  'robots.txt': 'User-agent: *\nAllow: /\n',
  'sw.js': `const VERSION = "fixture";\nconst PRECACHE = ["/"];\n${script}`,
  'manifest.webmanifest': JSON.stringify({ name: 'Container Notes', start_url: '/', display: 'standalone' }),
  'files/notes.txt': 'a folder without an index.html',
  '.env': `API_KEY=${SECRET}`,
  '.git/config': `[remote "origin"]\n  url = ${SECRET}`,
  'lessons/.hidden/index.html': SECRET,
  '.well-known/security.txt': 'Contact: mailto:security@example.org\n',
};

let site: string;
let outside: string;
let server: NginxServer;
let port: number;

beforeAll(async () => {
  site = writeSite('cn-nginx-site-', FILES);
  outside = writeSite('cn-nginx-outside-', {});
  // A link from inside the site to a file outside it.
  writeFileSync(join(outside, 'private.txt'), SECRET);
  symlinkSync(join(outside, 'private.txt'), join(site, 'leak.txt'));
  const pre = spawnSync(process.execPath, [PRECOMPRESS, site], { encoding: 'utf8' });
  expect(pre.status, pre.stderr).toBe(0);
  // Written after precompression: nginx must gzip this one on the fly.
  writeFileSync(join(site, '_astro/late.Zz99Yy88.js'), script);
  server = await startNginx(site);
  port = server.port;
});

afterAll(async () => {
  await server?.stop();
  rmSync(site, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('pages and pretty URLs', () => {
  it('serves the home page as UTF-8 HTML', async () => {
    const res = await get(port, '/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body.toString()).toContain('home page');
  });

  it('redirects /lessons/cors to /lessons/cors/ with a path-only Location', async () => {
    const res = await get(port, '/lessons/cors', { headers: { Host: 'localhost:9999' } });
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/lessons/cors/');
  });

  it('serves /lessons/cors/ from its index.html', async () => {
    const res = await get(port, '/lessons/cors/');
    expect(res.status).toBe(200);
    expect(res.body.toString()).toContain('<title>CORS</title>');
  });

  it('answers a missing page with the site 404 page and status 404', async () => {
    const res = await get(port, '/lessons/no-such-lesson/');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body.toString()).toContain('fixture 404 page');
  });

  it('never lists a folder: a folder without index.html is a 404', async () => {
    const res = await get(port, '/files/');
    expect(res.status).toBe(404);
    expect(res.body.toString()).not.toContain('notes.txt');
  });

  it('treats /404.html itself as a missing page', async () => {
    expect((await get(port, '/404.html')).status).toBe(404);
  });
});

describe('files that must never be served', () => {
  it.each(['/.env', '/.git/config', '/.git/', '/.git', '/lessons/.hidden/', '/%2egit/config', '/.ENV'])('hides %s', async (path) => {
    const res = await get(port, path);
    expect([400, 403, 404]).toContain(res.status);
    expect(res.body.toString()).not.toContain(SECRET);
    expectSecurityHeaders(res.headers, path);
  });

  it('serves /.well-known/ files', async () => {
    expect((await get(port, '/.well-known/security.txt')).status).toBe(200);
  });

  it('does not follow a symlink that points outside the site', async () => {
    const res = await get(port, '/leak.txt');
    expect([403, 404]).toContain(res.status);
    expect(res.body.toString()).not.toContain(SECRET);
  });

  it.each([
    '/../etc/passwd',
    '/../../../../etc/passwd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/lessons/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2fetc%2fpasswd',
    '//etc/passwd',
    '/.//..//..//etc/passwd',
    '/_astro/..%5c..%5cetc%5cpasswd',
  ])('refuses the traversal probe %s with 400 or 404', async (path) => {
    const res = await get(port, path);
    expect([400, 404]).toContain(res.status);
    expect(res.body.toString()).not.toMatch(/root:.*:0:0:/);
    expectSecurityHeaders(res.headers, path);
  });
});

describe('methods and request limits', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('refuses %s with 405 and names the allowed methods', async (method) => {
    const res = await get(port, '/', { method });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
    expectSecurityHeaders(res.headers, method);
  });

  it('refuses TRACE', async () => {
    expect((await get(port, '/', { method: 'TRACE' })).status).toBe(405);
  });

  it('answers HEAD like GET, without a body', async () => {
    const res = await get(port, '/', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.body.length).toBe(0);
    expect(res.headers.allow).toBeUndefined();
  });

  it('refuses a request body over the limit with 413', async () => {
    const body = 'x'.repeat(4096);
    const res = await get(port, '/', { body, headers: { 'Content-Type': 'text/plain', 'Content-Length': String(body.length) } });
    expect(res.status).toBe(413);
    expectSecurityHeaders(res.headers, '413');
  });

  it('refuses a very long URL with 414', async () => {
    const res = await get(port, `/explain/?cmd=${'a'.repeat(9000)}`);
    expect(res.status).toBe(414);
    expectSecurityHeaders(res.headers, '414');
  });

  it('refuses an oversized header with 400', async () => {
    const res = await get(port, '/', { headers: { 'X-Padding': 'p'.repeat(9000) } });
    expect(res.status).toBe(400);
    expectSecurityHeaders(res.headers, 'big header');
  });

  it('refuses a malformed request line with 400, headers included', async () => {
    const res = await rawRequest(port, 'GET nonsense\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect(res.status).toBe(400);
    expectSecurityHeaders(res.headers, 'malformed');
  });
});

describe('headers on every response', () => {
  it.each([
    ['/', 200],
    ['/lessons/cors', 301],
    ['/missing', 404],
    ['/_astro/app.B1x2y3z4.js', 200],
    ['/pagefind/pagefind-entry.json', 200],
  ])('%s (%i) carries the security headers', async (path, status) => {
    const res = await get(port, path);
    expect(res.status).toBe(status);
    expectSecurityHeaders(res.headers, path);
  });
});

describe('caching', () => {
  const cc = async (path: string) => (await get(port, path)).headers['cache-control'];

  it('keeps fingerprinted assets for a year, immutable', async () => {
    for (const path of ['/_astro/app.B1x2y3z4.js', '/_astro/site.Ab12Cd34.css']) {
      expect(await cc(path)).toBe('public, max-age=31536000, immutable');
    }
  });

  it('makes HTML revalidate on every visit', async () => {
    for (const path of ['/', '/lessons/cors/']) expect(await cc(path)).toBe('no-cache');
  });

  it('makes the service worker revalidate on every visit, so a new deployment is found at once', async () => {
    const res = await get(port, '/sw.js');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('serves the web app manifest with its media type', async () => {
    const res = await get(port, '/manifest.webmanifest');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/manifest\+json/);
  });

  it('answers a revalidation with 304 Not Modified', async () => {
    const first = await get(port, '/lessons/cors/');
    const etag = first.headers.etag;
    expect(etag).toBeTypeOf('string');
    const again = await get(port, '/lessons/cors/', { headers: { 'If-None-Match': etag as string } });
    expect(again.status).toBe(304);
  });

  it('caches the search index and recordings briefly', async () => {
    for (const path of ['/pagefind/pagefind.js', '/pagefind/index/en_1.pf_index', '/casts/first-container.cast']) {
      const value = (await cc(path)) ?? '';
      const maxAge = Number(/max-age=(\d+)/.exec(value)?.[1]);
      expect(maxAge, path).toBeGreaterThan(0);
      expect(maxAge, path).toBeLessThanOrEqual(3600);
      expect(value, path).not.toContain('immutable');
    }
  });

  it('never gives an error a long lifetime', async () => {
    const res = await get(port, '/_astro/missing.Aa11Bb22.js');
    expect(res.status).toBe(404);
    expect(res.headers['cache-control'] ?? '').not.toContain('immutable');
  });
});

describe('compression', () => {
  const gz = { 'Accept-Encoding': 'gzip' };

  it('sends the precompressed .gz file as it is (gzip_static)', async () => {
    const res = await get(port, '/_astro/app.B1x2y3z4.js', { headers: gz });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    // Only a file from disk has a Content-Length; on-the-fly gzip is chunked.
    expect(Number(res.headers['content-length'])).toBe(statSync(join(site, '_astro/app.B1x2y3z4.js.gz')).size);
    expect(gunzipSync(res.body).toString()).toBe(script);
  });

  it('compresses on the fly when there is no .gz', async () => {
    const res = await get(port, '/_astro/late.Zz99Yy88.js', { headers: gz });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-length']).toBeUndefined();
    expect(gunzipSync(res.body).toString()).toBe(script);
  });

  it('sends plain bytes to a client that does not accept gzip', async () => {
    const res = await get(port, '/_astro/app.B1x2y3z4.js');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toBe(script);
  });

  it('precompressed HTML, CSS and recordings, and left Pagefind chunks alone', () => {
    for (const path of ['lessons/cors/index.html', '_astro/site.Ab12Cd34.css', 'casts/first-container.cast']) {
      expect(gunzipSync(readFileSync(join(site, `${path}.gz`))).toString(), path).toBe(FILES[path]);
    }
    for (const path of ['pagefind/wasm.en.pagefind', 'pagefind/index/en_1.pf_index', 'robots.txt']) {
      expect(() => statSync(join(site, `${path}.gz`)), path).toThrow();
    }
  });

  it('does not gzip Pagefind chunks a second time', async () => {
    const res = await get(port, '/pagefind/fragment/en_1.pf_fragment', { headers: gz });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.equals(FILES['pagefind/fragment/en_1.pf_fragment'] as Buffer)).toBe(true);
  });
});

describe('media types', () => {
  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/_astro/app.B1x2y3z4.js', 'text/javascript; charset=utf-8'],
    ['/_astro/site.Ab12Cd34.css', 'text/css; charset=utf-8'],
    ['/pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
    ['/casts/first-container.cast', 'application/x-asciicast; charset=utf-8'],
    ['/engine.wasm', 'application/wasm'],
    ['/pagefind/wasm.en.pagefind', 'application/octet-stream'],
    ['/pagefind/index/en_1.pf_index', 'application/octet-stream'],
    ['/pagefind/fragment/en_1.pf_fragment', 'application/octet-stream'],
    ['/pagefind/filter/en_1.pf_filter', 'application/octet-stream'],
    ['/pagefind/pagefind.en_1.pf_meta', 'application/octet-stream'],
    ['/favicon.svg', 'image/svg+xml; charset=utf-8'],
    ['/robots.txt', 'text/plain; charset=utf-8'],
  ])('%s is %s', async (path, type) => {
    const res = await get(port, path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
  });
});
