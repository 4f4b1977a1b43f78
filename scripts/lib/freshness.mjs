// @ts-check
// Whether `npm start` must build before serving: the decision alone, with the
// folder to look in as a parameter, so tests can play it over temp folders.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the built site is made from: a change to any of these makes dist/ stale. */
export const SOURCES = ['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json'];

/**
 * Newest modification time (ms) of a file or of anything inside a folder; 0
 * when the path does not exist.
 * @param {string} path
 * @returns {number}
 */
export function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), st.mtimeMs);
}

/**
 * Why the site must be built before it is served, or undefined when dist/ is
 * current: `missing` (no dist/index.html) or `stale` (a source is newer).
 * @param {string} [root] project folder
 * @param {string} [dist] build folder inside it
 * @returns {'missing' | 'stale' | undefined}
 */
export function buildNeeded(root = '.', dist = 'dist') {
  const index = join(root, dist, 'index.html');
  if (!existsSync(index)) return 'missing';
  const built = statSync(index).mtimeMs;
  return SOURCES.some((s) => newest(join(root, s)) > built) ? 'stale' : undefined;
}
