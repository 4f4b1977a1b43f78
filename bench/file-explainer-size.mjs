// What the Dockerfile / compose explainer costs a reader of /explain/, from the
// built site: the small detector every visit loads, and what a pasted file then
// loads: the explainer UI chunk plus one Web Worker per file kind (the
// Dockerfile worker holds dockerfile-ast; the compose worker holds yaml and the
// precompiled Compose schema). Sizes are raw and gzip level 9, as
// scripts/precompress.mjs writes the .gz files nginx serves. Budget: 80 KB gzip
// of JavaScript for a file (issue 19).
//
// Usage: node bench/file-explainer-size.mjs   (DIST_DIR=… for another build)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = 80 * 1024;
const dist = process.env.DIST_DIR ?? 'dist';
const dir = join(dist, '_astro');
if (!existsSync(dir)) {
  console.error(`file-explainer-size: no ${dir}/. Run npm run build first (or set DIST_DIR).`);
  process.exit(1);
}
const names = readdirSync(dir).filter((n) => n.endsWith('.js') || n.endsWith('.css'));
const find = (re, what) => {
  const n = names.find((x) => re.test(x));
  if (!n) {
    console.error(`file-explainer-size: no ${what} in ${dir}/ (is /explain/ built with the file explainer?)`);
    process.exit(1);
  }
  return n;
};
const detector = names.find((n) => n.endsWith('.js') && readFileSync(join(dir, n), 'utf8').includes('cn-file-detect'));
const ui = find(/^file-explainer\.[\w-]+\.js$/, 'file-explainer chunk');
const css = names.find((n) => /^file-explainer\.[\w-]+\.css$/.test(n));
const dockerfileWorker = find(/^dockerfile-worker-[\w-]+\.js$/, 'Dockerfile worker');
const composeWorker = find(/^compose-worker-[\w-]+\.js$/, 'compose worker');
const examples = names.find((n) => /^examples\.[\w-]+\.js$/.test(n));

/** Chunks a chunk imports statically (`from"./x.js"`), which load with it. */
function withImports(name, seen = new Set()) {
  if (seen.has(name)) return seen;
  seen.add(name);
  const text = readFileSync(join(dir, name), 'utf8');
  for (const m of text.matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g)) if (existsSync(join(dir, m[1]))) withImports(m[1], seen);
  return seen;
}

const size = (n) => {
  const raw = readFileSync(join(dir, n));
  return [raw.length, gzipSync(raw, { level: 9 }).length];
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const row = (label, files) => {
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const [r, g] = size(f);
    raw += r;
    gz += g;
  }
  console.log(`  ${label.padEnd(44)} ${kb(raw).padStart(9)} raw ${kb(gz).padStart(9)} gzip`);
  return gz;
};

console.log(`File explainer code in ${dir}:`);
for (const f of [detector, ui, css, dockerfileWorker, composeWorker, examples].filter(Boolean)) row(f, [f]);
console.log('Per visit to /explain/:');
row('up front (detector, shared with the page)', detector ? [...withImports(detector)] : []);
const uiFiles = [...withImports(ui)];
const jsDocker = row('a Dockerfile is pasted (JS)', [...uiFiles, dockerfileWorker]);
const jsCompose = row('a compose file is pasted (JS)', [...uiFiles, composeWorker]);
if (examples) row('an example is picked (adds)', [examples]);
for (const [what, gz] of [
  ['Dockerfile', jsDocker],
  ['compose file', jsCompose],
]) {
  console.log(`  ${what}: ${kb(gz)} of ${kb(BUDGET)} budget: ${gz <= BUDGET ? 'within' : 'OVER'}`);
}
