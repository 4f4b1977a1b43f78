// @ts-check
// How much the terminal player costs a reader, from the built site: the small
// loader every page with a player ships, and the chunks it imports when a player
// first nears the viewport (the player, xterm.js, xterm's CSS).
// Sizes are raw and gzip (level 9, as scripts/precompress.mjs writes the .gz
// files nginx serves). Pages without a player load none of it.
//
// Usage: node bench/player-size.mjs   (DIST_DIR=… for another build)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.env.DIST_DIR ?? 'dist';
const dir = join(dist, '_astro');
if (!existsSync(dir)) {
  console.error(`player-size: no ${dir}/. Run npm run build first (or set DIST_DIR).`);
  process.exit(1);
}
const loader = readdirSync(dir).find((n) => /^CastPlayer\.astro_astro_type_script.*\.js$/.test(n));
if (!loader) {
  console.error('player-size: no CastPlayer loader chunk in the build (is a player on any page?)');
  process.exit(1);
}

/**
 * Files a chunk refers to: static imports (`from"./x.js"`) load with it; anything
 * else it names (import(), Vite's preload list, a `?url` asset) loads on demand.
 */
function references(name) {
  const text = readFileSync(join(dir, name), 'utf8');
  const named = new Set([...text.matchAll(/(?:\.\/|_astro\/)([\w.-]+\.(?:js|css))/g)].map((m) => m[1]));
  const staticImports = new Set([...text.matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g)].map((m) => m[1]));
  return [...named].filter((n) => n !== name && existsSync(join(dir, n))).map((n) => [n, staticImports.has(n)]);
}

const seen = new Map(); // name -> 'up front' | 'lazy'
const visit = (name, when) => {
  if (seen.has(name)) return;
  seen.set(name, when);
  for (const [ref, isStatic] of references(name)) visit(ref, when === 'up front' && isStatic ? 'up front' : 'lazy');
};
visit(loader, 'up front');

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const totals = { 'up front': [0, 0], lazy: [0, 0] };
console.log(`Player code in ${dist}/_astro:`);
for (const [name, when] of seen) {
  const raw = readFileSync(join(dir, name));
  const gz = gzipSync(raw, { level: 9 }).length;
  totals[when][0] += raw.length;
  totals[when][1] += gz;
  console.log(`  ${when.padEnd(9)} ${name.padEnd(60)} ${kb(raw.length).padStart(9)} raw ${kb(gz).padStart(9)} gzip`);
}
for (const [when, [raw, gz]] of Object.entries(totals))
  console.log(`  total ${when.padEnd(9)} ${kb(raw).padStart(63)} raw ${kb(gz).padStart(9)} gzip`);
const js = [...seen]
  .filter(([n]) => n.endsWith('.js'))
  .reduce((sum, [n]) => sum + gzipSync(readFileSync(join(dir, n)), { level: 9 }).length, 0);
console.log(`  JavaScript a reader loads for a player, all chunks: ${kb(js)} gzip`);
