/**
 * The nginx rules about how files are delivered, checked with real requests
 * against the real nginx over the fixture site (fixture-site.ts): caching,
 * compression (precompressed and on the fly) and media types. What is served
 * and to whom is in access.test.ts.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { get } from './server';
import { FILES, script, useFixtureSite } from './fixture-site';

const site = useFixtureSite();

describe('caching', () => {
  const cc = async (path: string) => (await get(site.port, path)).headers['cache-control'];

  it('keeps fingerprinted assets for a year, immutable: /_astro/ and the explain page data file', async () => {
    for (const path of ['/_astro/app.B1x2y3z4.js', '/_astro/site.Ab12Cd34.css', '/explain/data.0123456789.json']) {
      expect(await cc(path)).toBe('public, max-age=31536000, immutable');
    }
  });

  it('makes HTML revalidate on every visit', async () => {
    for (const path of ['/', '/lessons/cors/']) expect(await cc(path)).toBe('no-cache');
  });

  it('makes the service worker revalidate on every visit, so a new deployment is found at once', async () => {
    const res = await get(site.port, '/sw.js');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it('serves the web app manifest with its media type', async () => {
    const res = await get(site.port, '/manifest.webmanifest');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/manifest\+json/);
  });

  it('answers a revalidation with 304 Not Modified', async () => {
    const first = await get(site.port, '/lessons/cors/');
    const etag = first.headers.etag;
    expect(etag).toBeTypeOf('string');
    const again = await get(site.port, '/lessons/cors/', { headers: { 'If-None-Match': etag as string } });
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
    for (const path of ['/_astro/missing.Aa11Bb22.js', '/explain/data.9999999999.json']) {
      const res = await get(site.port, path);
      expect(res.status, path).toBe(404);
      expect(res.headers['cache-control'] ?? '', path).not.toContain('immutable');
    }
  });
});

describe('compression', () => {
  const gz = { 'Accept-Encoding': 'gzip' };

  it('sends the precompressed .gz file as it is (gzip_static)', async () => {
    const res = await get(site.port, '/_astro/app.B1x2y3z4.js', { headers: gz });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toMatch(/Accept-Encoding/i);
    // Only a file from disk has a Content-Length; on-the-fly gzip is chunked.
    expect(Number(res.headers['content-length'])).toBe(statSync(join(site.dir, '_astro/app.B1x2y3z4.js.gz')).size);
    expect(gunzipSync(res.body).toString()).toBe(script);
  });

  it('compresses on the fly when there is no .gz', async () => {
    const res = await get(site.port, '/_astro/late.Zz99Yy88.js', { headers: gz });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-length']).toBeUndefined();
    expect(gunzipSync(res.body).toString()).toBe(script);
  });

  it('sends plain bytes to a client that does not accept gzip', async () => {
    const res = await get(site.port, '/_astro/app.B1x2y3z4.js');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toBe(script);
  });

  it('precompressed HTML, CSS and recordings, and left Pagefind chunks alone', () => {
    for (const path of ['lessons/cors/index.html', '_astro/site.Ab12Cd34.css', 'casts/first-container.cast']) {
      expect(gunzipSync(readFileSync(join(site.dir, `${path}.gz`))).toString(), path).toBe(FILES[path]);
    }
    for (const path of ['pagefind/wasm.en.pagefind', 'pagefind/index/en_1.pf_index', 'robots.txt']) {
      expect(() => statSync(join(site.dir, `${path}.gz`)), path).toThrow();
    }
  });

  it('does not gzip Pagefind chunks a second time', async () => {
    const res = await get(site.port, '/pagefind/fragment/en_1.pf_fragment', { headers: gz });
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
    const res = await get(site.port, path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
  });
});
