// What the practice terminal costs a reader, from the built site: every chunk
// the /practice/ page loads up front (terminal, line editor, engine model,
// xterm.js and its CSS) and what loads later on demand (the explainer, on the
// first "explain"). Gzip level 9, as scripts/precompress.mjs writes the .gz
// files nginx serves. Budget (issue 14): 130 KB gzip up front, xterm included.
//
// Usage: node bench/practice-size.mjs   (DIST_DIR=… for another build)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.env.DIST_DIR ?? 'dist';
const page = join(dist, 'practice', 'index.html');
if (!existsSync(page)) {
  console.error(`practice-size: no ${page}. Run npm run build first (or set DIST_DIR).`);
  process.exit(1);
}
const scriptsOf = (file) => [...readFileSync(file, 'utf8').matchAll(/<script[^>]+src="\/_astro\/([\w.-]+\.js)"/g)].map((m) => m[1]);
const entries = scriptsOf(page);
const dir = join(dist, '_astro');

/** Static imports load with a chunk; anything else it names loads on demand. */
function references(name) {
  const text = readFileSync(join(dir, name), 'utf8');
  const named = new Set([...text.matchAll(/(?:\.\/|_astro\/)([\w.-]+\.(?:js|css))/g)].map((m) => m[1]));
  const staticImports = new Set([...text.matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g)].map((m) => m[1]));
  return [...named].filter((n) => n !== name && existsSync(join(dir, n))).map((n) => [n, staticImports.has(n)]);
}

const seen = new Map();
const visit = (name, when) => {
  if (seen.get(name) === 'up front' || seen.get(name) === when) return;
  seen.set(name, when);
  for (const [ref, isStatic] of references(name)) visit(ref, when === 'up front' && isStatic ? 'up front' : 'lazy');
};
for (const entry of entries) visit(entry, 'up front');
// What every page loads (theme, search button) is not the practice terminal's cost.
const practiceOnly = new Map(seen);
seen.clear();
for (const entry of scriptsOf(join(dist, 'index.html'))) visit(entry, 'up front');
const siteWide = new Set(seen.keys());
seen.clear();
for (const [name, when] of practiceOnly) if (!siteWide.has(name)) seen.set(name, when);
// xterm's stylesheet is fetched by the terminal as soon as it starts: count it up front.
for (const [name, when] of seen) if (name.endsWith('.css') && /xterm/.test(name) && when === 'lazy') seen.set(name, 'up front');

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const totals = { 'up front': [0, 0], lazy: [0, 0] };
console.log(`Practice page code in ${dist}/_astro (from ${page}), without what every page loads (${siteWide.size} chunks):`);
for (const [name, when] of [...seen].sort((a, b) => a[1].localeCompare(b[1]))) {
  const raw = readFileSync(join(dir, name));
  const gz = gzipSync(raw, { level: 9 }).length;
  totals[when][0] += raw.length;
  totals[when][1] += gz;
  console.log(`  ${when.padEnd(9)} ${name.padEnd(56)} ${kb(raw.length).padStart(9)} raw ${kb(gz).padStart(9)} gzip`);
}
for (const [when, [raw, gz]] of Object.entries(totals)) console.log(`  total ${when.padEnd(9)} ${' '.repeat(50)} ${kb(raw).padStart(9)} raw ${kb(gz).padStart(9)} gzip`);
const budget = 130 * 1024;
const upFront = totals['up front'][1];
console.log(`  up front vs budget: ${kb(upFront)} of ${kb(budget)} gzip (${upFront <= budget ? 'within' : 'OVER'} budget)`);
