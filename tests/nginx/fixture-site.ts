/**
 * The small fixture site the nginx rule tests run against, and its nginx. It
 * holds what the built site may not: hidden files, a symlink out of the site,
 * a folder without an index, one file of every type the site serves.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect } from 'vitest';
import { startNginx, writeSite, type NginxServer } from './server';

const PRECOMPRESS = fileURLToPath(new URL('../../scripts/precompress.mjs', import.meta.url));
export const SECRET = 'SECRET-MUST-NOT-LEAK';
export const script = `export function greet(name) {\n  return 'hello ' + name;\n}\n`.repeat(60);
const cast = `{"version": 2, "width": 80, "height": 24}\n` + `[0.5, "o", "$ docker ps\\r\\n"]\n`.repeat(40);

/** Files of the fixture site, path → content. */
export const FILES: Record<string, string | Buffer> = {
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
  'explain/data.0123456789.json': JSON.stringify({ docs: [['ps', 'Lists containers.', []]], facts: [] }).repeat(20),
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

/** The running fixture: read `port` and `dir` inside tests (they are set in beforeAll). */
export interface FixtureSite {
  readonly port: number;
  readonly dir: string;
}

/** Writes and precompresses the fixture site and serves it with nginx for the calling test file. */
export function useFixtureSite(): FixtureSite {
  let site = '';
  let outside = '';
  let server: NginxServer | undefined;
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
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(site, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
  return {
    get port() {
      if (!server) throw new Error('the fixture site is not running (use it inside a test)');
      return server.port;
    },
    get dir() {
      return site;
    },
  };
}
