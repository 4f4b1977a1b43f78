/**
 * Astro integration: after the build (and after Pagefind has written its
 * index), list every file of the site, plan the precache
 * (src/lib/offline/precache.ts) and write dist/sw.js from
 * src/offline/service-worker.js. A precache over budget fails the build.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planPrecache, workerSource, type BuiltFile } from '../lib/offline/precache';

// The same text types as scripts/precompress.mjs (Pagefind's chunks are gzip already).
const COMPRESSED = /\.(html|css|js|mjs|json|map|svg|txt|xml|md|cast|webmanifest|wasm)$/;

async function listFiles(root: string): Promise<BuiltFile[]> {
  const out: BuiltFile[] = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const bytes = await readFile(full);
    const path = relative(root, full).split(sep).join('/');
    // What nginx sends: text types go gzip-compressed (scripts/precompress.mjs
    // writes the .gz files nginx's gzip_static serves), the rest as they are.
    const transfer = COMPRESSED.test(path) ? gzipSync(bytes, { level: 9 }).length : bytes.length;
    out.push({ path, size: bytes.length, transfer, hash: createHash('sha256').update(bytes).digest('hex') });
  }
  return out;
}

export async function writeServiceWorker(
  siteDir: string,
): Promise<{ files: number; bytes: number; transferBytes: number; version: string }> {
  const plan = planPrecache(await listFiles(siteDir));
  const code = await readFile(fileURLToPath(new URL('../offline/service-worker.js', import.meta.url)), 'utf8');
  await writeFile(join(siteDir, 'sw.js'), workerSource(plan, code));
  return { files: plan.urls.length, bytes: plan.bytes, transferBytes: plan.transferBytes, version: plan.version };
}

export function offlineSupport(): AstroIntegration {
  return {
    name: 'container-notes:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { files, bytes, transferBytes, version } = await writeServiceWorker(fileURLToPath(dir));
        const mb = (n: number) => (n / 1024 / 1024).toFixed(2);
        logger.info(`service worker ${version}: precaches ${files} files, ${mb(transferBytes)} MB to download (${mb(bytes)} MB stored)`);
      },
    },
  };
}
