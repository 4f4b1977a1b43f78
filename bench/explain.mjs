// @ts-check
// The command explainer: time per command line over the real-command corpus
// (../shared/conformance/docker-commands/real-commands.tsv, read in place;
// the site's own examples where it is absent), and what the explain page
// costs a browser: its HTML, its JavaScript and its data (the file
// /explain/data.<hash>.json the page preloads, and any JSON data block left in
// the HTML), gzipped, from the last build in dist/, gzip level 9 as
// scripts/precompress.mjs writes the files nginx serves. Runs the same pure
// code as the page; Node 22 strips the TypeScript types itself. Budget
// (issue 12): JavaScript and data together ≤ 45 KB gzip.
// Usage: npm run build && node bench/explain.mjs
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildReference } from '../src/lib/commands/reference.ts';
import { commandDocs } from '../src/lib/commands/docs.ts';
import { explain } from '../src/lib/commands/explain.ts';

const reference = buildReference(JSON.parse(readFileSync('content/reference/docker-cli.json', 'utf8')));
const entries = readdirSync('content/commands')
  .filter((n) => n.endsWith('.yaml'))
  .map((n) => {
    const raw = parse(readFileSync(`content/commands/${n}`, 'utf8'));
    return { id: n.replace(/\.yaml$/, ''), data: { options: [], aliases: [], ...raw } };
  });
const data = { reference, docs: commandDocs(entries, reference) };

const corpusFile = '../shared/conformance/docker-commands/real-commands.tsv';
/** @type {string[]} */
let lines;
if (existsSync(corpusFile)) {
  lines = readFileSync(corpusFile, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => {
      const cell = l.split('\t')[0] ?? '';
      return cell.startsWith('"') ? JSON.parse(cell) : cell;
    });
  console.log(`corpus: ${lines.length} lines of ${corpusFile}`);
} else {
  lines = entries.flatMap((e) => e.data.examples.map((/** @type {{command: string}} */ x) => x.command));
  console.log(`corpus: ${lines.length} examples of content/commands (../shared/conformance not found)`);
}

const ROUNDS = 25;
for (const line of lines) explain(line, data); // warm up the JIT
/** @type {number[]} */
const times = [];
for (const line of lines) {
  /** @type {number[]} */
  const runs = [];
  for (let k = 0; k < ROUNDS; k++) {
    const t = performance.now();
    explain(line, data);
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  times.push(runs[Math.floor(ROUNDS / 2)] ?? 0);
}
times.sort((a, b) => a - b);
const pct = (/** @type {number} */ p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? 0;
console.log(
  `explain per command (median of ${ROUNDS} runs each): p50 ${pct(50).toFixed(3)} ms, p99 ${pct(99).toFixed(3)} ms, max ${pct(100).toFixed(3)} ms`,
);

for (const size of [10_000, 100_000]) {
  const big = `docker run ${'-p 8080:80 -e A=1 '.repeat(size / 17)}nginx`.slice(0, size);
  const t = performance.now();
  explain(big, data);
  console.log(`explain ${size / 1000} KB of options: ${(performance.now() - t).toFixed(1)} ms`);
}

const page = 'dist/explain/index.html';
if (!existsSync(page)) {
  console.log('page weight: dist/ not built (npm run build), skipped');
} else {
  const html = readFileSync(page, 'utf8');
  /** Every module the page loads, following static imports inside dist/_astro. */
  const seen = new Set();
  const queue = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1] ?? '');
  const gz = (/** @type {string} */ text) => gzipSync(text, { level: 9 }).length;
  let js = 0;
  let jsGz = 0;
  while (queue.length) {
    const src = queue.shift() ?? '';
    if (seen.has(src)) continue;
    seen.add(src);
    const text = readFileSync(join('dist', src), 'utf8');
    js += Buffer.byteLength(text);
    jsGz += gz(text);
    for (const m of text.matchAll(/(?:import|from)\s*"(\.\/[^"]+\.js)"/g)) queue.push(`/_astro/${(m[1] ?? '').slice(2)}`);
  }
  const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`explain page JavaScript: ${seen.size} files, ${kb(js)}, ${kb(jsGz)} gzip (each file on its own, as served)`);
  let dataGz = 0;
  for (const m of html.matchAll(/<script type="application\/json" (data-[\w-]+)>([\s\S]*?)<\/script>/g)) {
    const body = m[2] ?? '';
    dataGz += gz(body);
    console.log(`explain page data block ${m[1]}: ${kb(body.length)}, ${kb(gz(body))} gzip`);
  }
  // The data file the explainer fetches (data-src) and the page preloads.
  const files = new Set(
    [...html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch"|\bdata-src="([^"]+)"/g)].map((m) => m[1] ?? m[2] ?? ''),
  );
  for (const file of files) {
    const body = readFileSync(join('dist', file), 'utf8');
    dataGz += gz(body);
    console.log(`explain page data file ${file}: ${kb(body.length)}, ${kb(gz(body))} gzip`);
  }
  console.log(`explain page HTML: ${kb(gz(html))} gzip`);
  const total = jsGz + dataGz;
  console.log(
    `explain page JavaScript + data: ${kb(total)} gzip, ${total} bytes of ${45 * 1024} (${total <= 45 * 1024 ? 'within' : 'OVER'} budget)`,
  );
}
