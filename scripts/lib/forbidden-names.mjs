// @ts-check
// File names that must never be published: editor backups and swap files,
// and source, config, dump and log files (h5bp's list, the same one
// nginx/conf.d/site.conf refuses to serve). `npm run build` fails when the
// build output holds one (scripts/check-dist.mjs).
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The pattern of nginx/conf.d/site.conf's refusing location, as a JavaScript RegExp. */
export const FORBIDDEN_NAME = /(?:#.*#|\.(?:bak|conf|dist|fla|in[ci]|log|orig|psd|sh|sql|sw[op])|~)$/i;

/**
 * Paths (relative to `dir`, with `/`) of every file or folder below `dir`
 * whose name nginx would refuse, sorted.
 * @param {string} dir
 * @returns {string[]}
 */
export function forbiddenFiles(dir) {
  /** @type {string[]} */
  const found = [];
  /** @param {string} d */
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (FORBIDDEN_NAME.test(entry.name)) found.push(relative(dir, path).split('\\').join('/'));
      if (entry.isDirectory()) walk(path);
    }
  };
  walk(dir);
  return found.sort();
}
