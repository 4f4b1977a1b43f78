// What the practice terminal costs a reader, from the built site: every chunk
// the /practice/ page loads by the time its terminal has started (terminal,
// line editor, the engine's core, xterm.js and its CSS; the page itself draws the
// starting state without them) and what loads later on demand: the engine's parts
// (Compose, build, curl, networks/volumes/inspect, the later half of the CLI facts)
// the first time a line needs one, Tab completion on the first Tab, the explainer
// on the first "explain". Gzip level 9, as scripts/precompress.mjs writes the .gz
// files nginx serves. Budget (issue 14): 130 KB gzip when the terminal starts, xterm included.
//
// An exercise page starts from the host the build saved in it (src/lib/engine/restore-host.ts,
// a small chunk only such pages load), not by replaying its setup; a page whose saved host
// cannot be read would replay the setup and load the parts it needs. Each page's figure is
// printed at the end.
//
// Usage: node --experimental-strip-types bench/practice-size.mjs   (DIST_DIR=… for another build)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/**
 * What a chunk names: its static imports, and each import() with the chunks
 * Vite preloads for it (its `__vite__mapDeps([…])` list), so a walk can leave
 * out one import() and everything that comes only with it.
 */
function references(name) {
  const text = readFileSync(join(dir, name), 'utf8');
  const files = /m\.f=\[([^\]]*)\]/.exec(text)?.[1]?.match(/[\w.-]+\.(?:js|css)/g) ?? [];
  const refs = [];
  for (const m of text.matchAll(/(?:from|import)\s*["'`]\.\/([\w.-]+\.js)["'`]/g)) refs.push({ ref: m[1], via: null });
  for (const m of text.matchAll(/import\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)([\s\S]{0,160}?)__vite__mapDeps\(\[([\d,]*)\]\)/g)) {
    refs.push({ ref: m[1], via: m[1] });
    for (const i of (m[3] ?? '').split(',').filter(Boolean)) refs.push({ ref: files[Number(i)], via: m[1] });
  }
  for (const m of text.matchAll(/import\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)/g))
    if (!refs.some((r) => r.ref === m[1])) refs.push({ ref: m[1], via: m[1] });
  for (const m of text.matchAll(/(?:\.\/|_astro\/)([\w.-]+\.css)/g)) refs.push({ ref: m[1], via: null });
  return refs.filter((r) => r.ref && r.ref !== name && existsSync(join(dir, r.ref)));
}

/** Every chunk `roots` reach, leaving out `skip` and the import()s `leaveOut(target, importer)` names. */
const reach = (roots, skip = new Set(), leaveOut = () => false) => {
  const found = new Set();
  const walk = (name) => {
    if (found.has(name) || skip.has(name)) return;
    found.add(name);
    for (const { ref, via } of references(name)) if (!(via && leaveOut(via, name))) walk(ref);
  };
  roots.forEach(walk);
  return found;
};
const siteWide = reach(scriptsOf(join(dist, 'index.html')));
const everything = reach(entries, siteWide);
// The terminal chunk is imported by a small loader when the reader reaches for
// the terminal, and it imports the engine's core and xterm.js by import() as it
// starts (in steps, so no task is long): all of that is "up front", what the
// terminal costs once it has started. The lazy engine's own import()s are its
// parts, and the terminal's import() of tab-completion comes with the first Tab:
// "first use". The explainer (explain-inline) comes with the first "explain": "lazy".
const isExplainer = (n) => /^explain-inline\./.test(n);
const isFirstUse = (target, importer) => /^lazy-engine\./.test(importer) || /^tab-completion\./.test(target);
const isRestore = (n) => /^restore-host\./.test(n);
const terminal = reach(entries, siteWide, (t, from) => isExplainer(t) || isRestore(t) || isFirstUse(t, from));
// Only a page with a saved host loads restore-host (beside the engine's core, as the terminal starts).
const restoreChunks = reach([...reach(entries, siteWide)].filter(isRestore), new Set([...siteWide, ...terminal]));
const firstUse = [...reach(entries, siteWide, isExplainer)].filter((n) => !terminal.has(n));
const explainRoots = [...everything].filter(isExplainer);
const seen = new Map();
for (const name of terminal) seen.set(name, 'up front');
for (const name of restoreChunks) seen.set(name, 'exercise start');
for (const name of firstUse) if (!seen.has(name)) seen.set(name, 'first use');
for (const name of reach(explainRoots, new Set([...siteWide, ...terminal, ...firstUse]))) seen.set(name, 'lazy');
for (const name of everything) if (!seen.has(name)) seen.set(name, 'other');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const totals = { 'up front': [0, 0], 'exercise start': [0, 0], 'first use': [0, 0], lazy: [0, 0], other: [0, 0] };
console.log(
  `Practice terminal code in ${dist}/_astro (from ${page}; "up front" = by the time the terminal has started, "exercise start" = what an exercise page adds as it starts (its saved host's restore), "first use" = an engine part the first time a line needs it, or Tab completion on the first Tab, "lazy" = the explainer on the first explain (beyond what first use loads), "other" = any other import() on demand), without what every page loads (${siteWide.size} chunks):`,
);
const order = Object.keys(totals);
for (const [name, when] of [...seen].sort((a, b) => order.indexOf(a[1]) - order.indexOf(b[1]))) {
  const raw = readFileSync(join(dir, name));
  const gz = gzipSync(raw, { level: 9 }).length;
  totals[when][0] += raw.length;
  totals[when][1] += gz;
  console.log(`  ${when.padEnd(10)} ${name.padEnd(56)} ${kb(raw.length).padStart(9)} raw ${kb(gz).padStart(9)} gzip`);
}
for (const [when, [raw, gz]] of Object.entries(totals))
  console.log(`  total ${when.padEnd(10)} ${' '.repeat(49)} ${kb(raw).padStart(9)} raw ${kb(gz).padStart(9)} gzip`);
// The page's own JSON data block (exercise setup and checks) travels in the HTML.
const html = readFileSync(page, 'utf8');
for (const m of html.matchAll(/<script type="application\/json" (data-[\w-]+)>([\s\S]*?)<\/script>/g)) {
  const body = m[2] ?? '';
  console.log(`  in the HTML: data block ${m[1]}, ${kb(body.length)} raw ${kb(gzipSync(body, { level: 9 }).length)} gzip`);
}
const budget = 130 * 1024;
const upFront = totals['up front'][1];
console.log(
  `  when the terminal starts, vs the budget: ${kb(upFront)} of ${kb(budget)} gzip (${upFront <= budget ? 'within' : 'OVER'} budget)`,
);

// Exercise pages: each starts from its saved host (the restore chunk) when the page's block has one
// the terminal can read (the same check the page makes); otherwise it would replay its setup and
// load the parts that needs.
const { PartRegistry } = await import('../src/lib/engine/parts.ts');
const { splitPack } = await import('../src/lib/commands/facts-split.ts');
const { readSavedHost } = await import('../src/lib/engine/restore-host.ts');
const core = () => new PartRegistry(splitPack(JSON.parse(readFileSync('content/reference/docker-cli.pack.json', 'utf8'))).now);
const gz = (name) => gzipSync(readFileSync(join(dir, name)), { level: 9 }).length;
const partChunks = (part) => {
  const roots = [...everything].filter((n) => n.startsWith(`${part === 'facts' ? 'later' : part}.`));
  return reach(roots, new Set([...siteWide, ...terminal]));
};
const pages = [['(index)', upFront, 'no exercise']];
for (const id of readdirSync(join(dist, 'practice'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()) {
  const file = join(dist, 'practice', id, 'index.html');
  if (!existsSync(file)) continue;
  const block = /<script type="application\/json" data-practice-data>([\s\S]*?)<\/script>/.exec(readFileSync(file, 'utf8'))?.[1];
  const data = block ? JSON.parse(block) : {};
  const setup = data.setup ?? [];
  const read = data.start === undefined ? undefined : readSavedHost(data.start);
  let chunks = new Set();
  let how = 'no setup';
  if (read && 'saved' in read) {
    chunks = restoreChunks;
    how = `starts from its saved host (${kb(gzipSync(JSON.stringify(data.start), { level: 9 }).length)} gzip in the HTML)`;
  } else if (setup.length) {
    const parts = core().missing(setup);
    chunks = new Set(parts.flatMap((p) => [...partChunks(p)]));
    how = `replays its setup${read ? ` (${read.error})` : ''}, loading ${parts.join(', ') || 'no part'}`;
  }
  pages.push([id, upFront + [...chunks].reduce((sum, n) => sum + gz(n), 0), how]);
}
console.log('Each practice page when its terminal starts (/practice/ and every exercise):');
for (const [id, total, how] of pages) console.log(`  ${id.padEnd(28)} ${kb(total).padStart(9)} gzip  ${how}`);
const worst = pages.reduce((a, b) => (b[1] > a[1] ? b : a));
console.log(
  `  every practice page vs the budget: the largest is ${worst[0]}, ${kb(worst[1])} of ${kb(budget)} gzip (${worst[1] <= budget ? 'all within' : 'OVER'} budget)`,
);
