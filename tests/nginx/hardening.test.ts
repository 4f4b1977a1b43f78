/**
 * The findings of the security probe, each checked against the real nginx
 * with the project's config over a small fixture site: slow clients are cut
 * off, backup and source files are refused, HTTP/0.9 and unknown hosts get
 * no answer, errors carry Cache-Control, and the access log says when and
 * for whom. (The CSP's own rules are in policy.ts, applied to every
 * response of access.test.ts.)
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectSecurityHeaders } from './policy';
import { get, startNginx, untilClosed, writeSite, type NginxServer } from './server';

const SECRET = 'SECRET-MUST-NOT-LEAK';
const REFUSED = [
  'notes.bak',
  'index.html~',
  'lessons/cors/index.html.orig',
  'site.conf',
  'deploy.sh',
  'dump.sql',
  'error.log',
  'draft.swp',
  'php.ini',
];
const FILES: Record<string, string> = {
  'index.html': '<!doctype html><title>Home</title><p>home page</p>',
  '404.html': '<!doctype html><title>Not found</title><p>fixture 404 page</p>',
  'lessons/cors/index.html': '<!doctype html><title>CORS</title><p>lesson</p>',
  '_astro/app.B1x2y3z4.js': 'export const x = 1;\n',
  ...Object.fromEntries(REFUSED.map((name) => [name, SECRET])),
};

let site: string;
let logFile: string;
let server: NginxServer;
let port: number;

beforeAll(async () => {
  site = writeSite('cn-nginx-hardening-', FILES);
  logFile = join(site, '..', `${site.split('/').pop()}-access.log`);
  server = await startNginx(site, { accessLog: logFile });
  port = server.port;
});

afterAll(async () => {
  await server?.stop();
  rmSync(site, { recursive: true, force: true });
  rmSync(logFile, { force: true });
});

describe('slow clients', () => {
  it('a body trickled after the answer holds the connection at most lingering_time (10 s, not 30 s)', async () => {
    // A GET with a 500-byte body the site never reads: nginx answers at once,
    // then keeps reading ("lingering") the body, which arrives 1 byte a second.
    const request = 'GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 500\r\n\r\n';
    const { received, ms } = await untilClosed(port, request, { bytes: 500, everyMs: 1_000 });
    expect(received.toString('latin1')).toMatch(/^HTTP\/1\.1 200 /);
    expect(ms).toBeGreaterThan(9_000);
    expect(ms).toBeLessThan(16_000);
  }, 25_000);
});

describe('backup, source and config files', () => {
  it.each(REFUSED)('/%s is refused with the 404 page, even though it exists', async (name) => {
    const res = await get(port, `/${name.split('/').map(encodeURIComponent).join('/')}`);
    expect(res.status).toBe(404);
    expect(res.body.toString()).toContain('fixture 404 page');
    expect(res.body.toString()).not.toContain(SECRET);
  });
});

describe('requests the site does not answer', () => {
  it('HTTP/0.9 (no headers, so no security headers) gets its connection closed with nothing', async () => {
    const { received } = await untilClosed(port, 'GET /\r\n');
    expect(received.length).toBe(0);
  });

  it.each(['evil.example', 'container-notes.attacker.test:8080'])(
    'an unknown Host (%s) gets its connection closed with nothing',
    async (host) => {
      const { received } = await untilClosed(port, `GET / HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
      expect(received.length).toBe(0);
    },
  );

  it('an HTTP/1.0 request without a Host gets nothing either', async () => {
    const { received } = await untilClosed(port, 'GET / HTTP/1.0\r\n\r\n');
    expect(received.length).toBe(0);
  });

  it.each(['localhost', `localhost:${8080}`, '127.0.0.1', '10.1.2.3:8080', '[::1]:8080'])('Host %s is the site', async (host) => {
    const res = await get(port, '/', { headers: { Host: host } });
    expect(res.status).toBe(200);
    expect(res.body.toString()).toContain('home page');
  });
});

describe('Cache-Control on errors', () => {
  it('the 404 page is revalidated like any page (it has an ETag)', async () => {
    const res = await get(port, '/no-such-page/');
    expect(res.status).toBe(404);
    expect(res.headers['cache-control']).toBe('no-cache');
    expectSecurityHeaders(res.headers, '404');
  });

  it('a missing fingerprinted asset is not cached for a year', async () => {
    const res = await get(port, '/_astro/missing.Zz99.js');
    expect(res.status).toBe(404);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it.each([
    ['POST', '/_astro/app.B1x2y3z4.js', 405],
    ['DELETE', '/', 405],
  ])('%s %s (%i) is never stored', async (method, path, status) => {
    const res = await get(port, path, { method });
    expect(res.status).toBe(status);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('an asset keeps its year-long lifetime', async () => {
    const res = await get(port, '/_astro/app.B1x2y3z4.js');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});

describe('access log', () => {
  it('records the time and the address a proxy forwards', async () => {
    await get(port, '/lessons/cors/?probe=access-log', { headers: { 'X-Forwarded-For': '203.0.113.9' } });
    let line: string | undefined;
    for (let i = 0; i < 50 && !line; i += 1) {
      line = readFileSync(logFile, 'utf8')
        .split('\n')
        .find((l) => l.includes('probe=access-log'));
      if (!line) await new Promise((r) => setTimeout(r, 100));
    }
    expect(line).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d 127\.0\.0\.1 "203\.0\.113\.9" "GET \/lessons\/cors\/\?probe=access-log HTTP\/1\.1" 200 /,
    );
  });
});
