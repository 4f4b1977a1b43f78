// @ts-check
// Writes a gzip copy (`file.gz`) next to every text file of the built site,
// so nginx's `gzip_static` sends it without compressing on each request
// (nginx/snippets/compression.conf). Runs as the last step of `npm run
// build`, after Astro and the Pagefind integration have written everything.
//
// Usage: node scripts/precompress.mjs [dir]   (default: dist)
import { existsSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

/** Extensions of text files worth compressing (Pagefind's binary chunks are gzip already). */
export const TEXT_EXTENSIONS = new Set([
  '.html',
  '.css',
  '.js',
  '.mjs',
  '.json',
  '.map',
  '.svg',
  '.txt',
  '.xml',
  '.md',
  '.cast',
  '.webmanifest',
  '.wasm',
]);

/** Files smaller than this are sent as they are (matches gzip_min_length). */
export const MIN_SIZE = 256;

/**
 * @param {string} dir
 * @returns {Generator<string>}
 */
function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/** @param {string} path */
function extension(path) {
  const dot = path.lastIndexOf('.');
  return dot < 0 ? '' : path.slice(dot).toLowerCase();
}

/**
 * Compresses every eligible file under `dir`. A `.gz` is kept only when it
 * is smaller than the original, and gets the original's modification time
 * so Last-Modified is the same whichever copy nginx sends.
 * @param {string} dir
 * @returns {{ written: number, skipped: number, before: number, after: number }}
 */
export function precompress(dir) {
  const totals = { written: 0, skipped: 0, before: 0, after: 0 };
  for (const path of walk(dir)) {
    if (!TEXT_EXTENSIONS.has(extension(path))) continue;
    const { size, atime, mtime } = statSync(path);
    if (size < MIN_SIZE) continue;
    const data = readFileSync(path);
    // Already gzip data (magic bytes 1f 8b): compressing again only grows it.
    if (data[0] === 0x1f && data[1] === 0x8b) continue;
    const gz = gzipSync(data, { level: constants.Z_BEST_COMPRESSION });
    if (gz.length >= size) {
      totals.skipped += 1;
      continue;
    }
    writeFileSync(`${path}.gz`, gz);
    utimesSync(`${path}.gz`, atime, mtime);
    totals.written += 1;
    totals.before += size;
    totals.after += gz.length;
  }
  return totals;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const dir = process.argv[2] ?? 'dist';
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`precompress: ${dir} is not a folder. Build the site first (npm run build).`);
    process.exit(2);
  }
  const t = precompress(dir);
  const kib = (/** @type {number} */ n) => (n / 1024).toFixed(1);
  console.log(
    `precompress: wrote ${t.written} .gz files in ${dir}/ ` +
      `(${kib(t.before)} KiB -> ${kib(t.after)} KiB)` +
      (t.skipped ? `, ${t.skipped} left as they were (gzip would not make them smaller)` : ''),
  );
}
