// @ts-check
// Fails loudly, with the fix, when a tool the tests need is missing.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { testChromiumPath } from './chromium.mjs';

const HOW = {
  chromium: 'apt-get update && apt-get install -y chromium-headless-shell   (or set CHROMIUM_PATH to a Chromium binary)',
  nginx: 'apt-get update && apt-get install -y nginx   (or set NGINX_BIN to an nginx binary)',
};

/**
 * Path of a tool's binary: the configured one, or where Debian puts it.
 * @param {'chromium' | 'nginx'} name
 * @returns {string}
 */
export function toolPath(name) {
  if (name === 'chromium') return testChromiumPath;
  if (name === 'nginx') {
    if (process.env.NGINX_BIN) return process.env.NGINX_BIN;
    for (const p of ['/usr/sbin/nginx', '/usr/bin/nginx']) if (existsSync(p)) return p;
    try {
      return execFileSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).trim();
    } catch {
      return '/usr/sbin/nginx';
    }
  }
  throw new Error(`unknown tool ${name}`);
}

/**
 * Exits with an install hint when a tool is missing.
 * @param {('chromium' | 'nginx')[]} names
 */
export function requireTools(names) {
  const missing = names.filter((n) => !existsSync(toolPath(n)));
  if (missing.length === 0) return;
  for (const n of missing) console.error(`error: ${n} not found at ${toolPath(n)}. Install it:\n  ${HOW[n]}`);
  process.exit(2);
}
