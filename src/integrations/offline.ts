/**
 * Astro integration: after the build (and after Pagefind has written its
 * index), list every file of the site, plan the precache
 * (src/lib/offline/precache.ts) and write dist/sw.js from
 * src/offline/service-worker.js. A precache over budget fails the build.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planPrecache, workerSource, type BuiltFile } from '../lib/offline/precache';

async function listFiles(root: string): Promise<BuiltFile[]> {
  const out: BuiltFile[] = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const bytes = await readFile(full);
    out.push({ path: relative(root, full).split(sep).join('/'), size: bytes.length, hash: createHash('sha256').update(bytes).digest('hex') });
  }
  return out;
}

export async function writeServiceWorker(siteDir: string): Promise<{ files: number; bytes: number; version: string }> {
  const plan = planPrecache(await listFiles(siteDir));
  const code = await readFile(fileURLToPath(new URL('../offline/service-worker.js', import.meta.url)), 'utf8');
  await writeFile(join(siteDir, 'sw.js'), workerSource(plan, code));
  return { files: plan.urls.length, bytes: plan.bytes, version: plan.version };
}

export function offlineSupport(): AstroIntegration {
  return {
    name: 'container-notes:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { files, bytes, version } = await writeServiceWorker(fileURLToPath(dir));
        logger.info(`service worker ${version}: precaches ${files} files, ${(bytes / 1024 / 1024).toFixed(2)} MB`);
      },
    },
  };
}
