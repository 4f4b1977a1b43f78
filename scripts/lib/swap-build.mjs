// @ts-check
// Builds into a fresh folder next to the served one and swaps it in only
// once it is complete: a server reading `target` (`npm run serve:nginx`,
// `npm start`) keeps sending the previous build until the new one is whole,
// and a failed build leaves it untouched.
import { existsSync, renameSync, rmSync } from 'node:fs';

/**
 * @param {string} target the folder that is served (dist)
 * @param {(dir: string) => void | Promise<void>} build writes a complete site into `dir`
 */
export async function buildAndSwap(target, build) {
  const next = `${target}.next`;
  const old = `${target}.old`;
  rmSync(next, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
  try {
    await build(next);
  } catch (error) {
    rmSync(next, { recursive: true, force: true });
    throw error;
  }
  // Two renames: between them `target` is missing for microseconds, never
  // half-written. (Linux has no portable atomic exchange of two folders.)
  if (existsSync(target)) renameSync(target, old);
  renameSync(next, target);
  rmSync(old, { recursive: true, force: true });
}
