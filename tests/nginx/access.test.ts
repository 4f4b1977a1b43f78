/**
 * The nginx rules about what is served and to whom, checked with real
 * requests against the real nginx over the fixture site (fixture-site.ts):
 * pages and pretty URLs, files that must never be served, methods and
 * request limits, and the security headers on every response. Caching,
 * compression and media types are in delivery.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { expectSecurityHeaders } from './policy';
import { get, rawRequest } from './server';
import { SECRET, useFixtureSite } from './fixture-site';

const site = useFixtureSite();

describe('pages and pretty URLs', () => {
  it('serves the home page as UTF-8 HTML', async () => {
    const res = await get(site.port, '/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body.toString()).toContain('home page');
  });

  it('redirects /lessons/cors to /lessons/cors/ with a path-only Location', async () => {
    const res = await get(site.port, '/lessons/cors', { headers: { Host: 'localhost:9999' } });
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/lessons/cors/');
  });

  it('serves /lessons/cors/ from its index.html', async () => {
    const res = await get(site.port, '/lessons/cors/');
    expect(res.status).toBe(200);
    expect(res.body.toString()).toContain('<title>CORS</title>');
  });

  it('answers a missing page with the site 404 page and status 404', async () => {
    const res = await get(site.port, '/lessons/no-such-lesson/');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body.toString()).toContain('fixture 404 page');
  });

  it('never lists a folder: a folder without index.html is a 404', async () => {
    const res = await get(site.port, '/files/');
    expect(res.status).toBe(404);
    expect(res.body.toString()).not.toContain('notes.txt');
  });

  it('treats /404.html itself as a missing page', async () => {
    expect((await get(site.port, '/404.html')).status).toBe(404);
  });
});

describe('files that must never be served', () => {
  it.each(['/.env', '/.git/config', '/.git/', '/.git', '/lessons/.hidden/', '/%2egit/config', '/.ENV'])('hides %s', async (path) => {
    const res = await get(site.port, path);
    expect([400, 403, 404]).toContain(res.status);
    expect(res.body.toString()).not.toContain(SECRET);
    expectSecurityHeaders(res.headers, path);
  });

  it('serves /.well-known/ files', async () => {
    expect((await get(site.port, '/.well-known/security.txt')).status).toBe(200);
  });

  it('does not follow a symlink that points outside the site', async () => {
    const res = await get(site.port, '/leak.txt');
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
    const res = await get(site.port, path);
    expect([400, 404]).toContain(res.status);
    expect(res.body.toString()).not.toMatch(/root:.*:0:0:/);
    expectSecurityHeaders(res.headers, path);
  });
});

describe('methods and request limits', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('refuses %s with 405 and names the allowed methods', async (method) => {
    const res = await get(site.port, '/', { method });
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
    expectSecurityHeaders(res.headers, method);
  });

  it('refuses TRACE', async () => {
    expect((await get(site.port, '/', { method: 'TRACE' })).status).toBe(405);
  });

  it('answers HEAD like GET, without a body', async () => {
    const res = await get(site.port, '/', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.body.length).toBe(0);
    expect(res.headers.allow).toBeUndefined();
  });

  it('refuses a request body over the limit with 413', async () => {
    const body = 'x'.repeat(4096);
    const res = await get(site.port, '/', { body, headers: { 'Content-Type': 'text/plain', 'Content-Length': String(body.length) } });
    expect(res.status).toBe(413);
    expectSecurityHeaders(res.headers, '413');
  });

  it('refuses a very long URL with 414', async () => {
    const res = await get(site.port, `/explain/?cmd=${'a'.repeat(9000)}`);
    expect(res.status).toBe(414);
    expectSecurityHeaders(res.headers, '414');
  });

  it('refuses an oversized header with 400', async () => {
    const res = await get(site.port, '/', { headers: { 'X-Padding': 'p'.repeat(9000) } });
    expect(res.status).toBe(400);
    expectSecurityHeaders(res.headers, 'big header');
  });

  it('refuses a malformed request line with 400, headers included', async () => {
    const res = await rawRequest(site.port, 'GET nonsense\r\nHost: x\r\nConnection: close\r\n\r\n');
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
    const res = await get(site.port, path);
    expect(res.status).toBe(status);
    expectSecurityHeaders(res.headers, path);
  });
});
