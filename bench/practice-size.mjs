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

// Everything the page's scripts reach, statically or by import(), for the
// list of chunks; what loads when is decided by static imports only, since a
// chunk's preload list (Vite's __vite__mapDeps) also names what its import()s
// load later.
const reach = (roots, skip = new Set(), staticOnly = false) => {
  const found = new Set();
  const walk = (name) => {
    if (found.has(name) || skip.has(name)) return;
    found.add(name);
    for (const [ref, isStatic] of references(name)) if (!staticOnly || isStatic || ref.endsWith('.css')) walk(ref);
  };
  roots.forEach(walk);
  return found;
};
const siteWide = reach(scriptsOf(join(dist, 'index.html')));
const everything = reach(entries, siteWide);
// The terminal chunk is imported by a small loader when the terminal nears the
// viewport; the explainer (explain-inline) on the first "explain" only.
const terminal = reach([...entries, ...[...everything].filter((n) => /^practice-terminal\./.test(n))], siteWide, true);
const explainRoots = [...everything].filter((n) => /^explain-inline\./.test(n));
const seen = new Map();
for (const name of terminal) seen.set(name, 'up front');
for (const name of reach(explainRoots, new Set([...siteWide, ...terminal]), true)) seen.set(name, 'lazy');
for (const name of everything) if (!seen.has(name)) seen.set(name, 'other');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const totals = { 'up front': [0, 0], lazy: [0, 0], other: [0, 0] };
console.log(
  `Practice terminal code in ${dist}/_astro (from ${page}; "up front" = as the terminal starts, "lazy" = on the first explain, "other" = any other import() on demand), without what every page loads (${siteWide.size} chunks):`,
);
for (const [name, when] of [...seen].sort((a, b) => a[1].localeCompare(b[1]))) {
  const raw = readFileSync(join(dir, name));
  const gz = gzipSync(raw, { level: 9 }).length;
  totals[when][0] += raw.length;
  totals[when][1] += gz;
  console.log(`  ${when.padEnd(9)} ${name.padEnd(56)} ${kb(raw.length).padStart(9)} raw ${kb(gz).padStart(9)} gzip`);
}
for (const [when, [raw, gz]] of Object.entries(totals))
  console.log(`  total ${when.padEnd(9)} ${' '.repeat(50)} ${kb(raw).padStart(9)} raw ${kb(gz).padStart(9)} gzip`);
// The page's own JSON data block (exercise setup and checks) travels in the HTML.
const html = readFileSync(page, 'utf8');
for (const m of html.matchAll(/<script type="application\/json" (data-[\w-]+)>([\s\S]*?)<\/script>/g)) {
  const body = m[2] ?? '';
  console.log(`  in the HTML: data block ${m[1]}, ${kb(body.length)} raw ${kb(gzipSync(body, { level: 9 }).length)} gzip`);
}
const budget = 130 * 1024;
const upFront = totals['up front'][1];
console.log(`  up front vs budget: ${kb(upFront)} of ${kb(budget)} gzip (${upFront <= budget ? 'within' : 'OVER'} budget)`);
