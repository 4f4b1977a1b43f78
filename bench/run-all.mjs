// @ts-check
// `npm run bench`: runs every benchmark on the current build (dist/; run
// `npm run build` first) and writes what they print to docs/benchmarks-run.md,
// with the machine and the date. docs/benchmarks.md holds the summary tables
// (ours beside the Starlight peer), copied from a full run.
// Usage: node bench/run-all.mjs [name ...]   e.g. node bench/run-all.mjs weight search
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

const BENCHES = [
  ['weight', 'bench/weight.mjs', 'Page weight per page type (nginx, gzip, cold cache)'],
  ['lighthouse', 'bench/lighthouse.mjs', 'Lighthouse, mobile and desktop'],
  ['search', 'bench/search.mjs', 'Search: bytes and time to first results'],
  ['filter', 'bench/filter.mjs', 'Cheat-sheet filter latency'],
  ['explain', 'bench/explain.mjs', 'Command explainer: time per command over the corpus, page JS and data size'],
  ['seek', 'bench/seek.mjs', 'Replay: seek time in a 10,000-event recording'],
  ['player-size', 'bench/player-size.mjs', 'Player JavaScript size'],
  ['file-explainer-size', 'bench/file-explainer-size.mjs', 'Dockerfile / compose explainer JavaScript size'],
  ['practice-size', 'bench/practice-size.mjs', 'Practice terminal JavaScript size (engine, editor, xterm.js)'],
  ['load', 'bench/load.mjs', 'nginx vs astro preview throughput (wrk)'],
  ['build-scale', 'bench/build-scale.mjs', 'Build time with 10, 100 and 1,000 lessons'],
  ['engine', 'bench/engine.mjs', 'Docker engine model: commands per second and gzip size'],
];

if (!existsSync('dist/index.html')) {
  console.error('bench: no build in dist/. Run `npm run build` first.');
  process.exit(2);
}
const only = process.argv.slice(2);
const selected = BENCHES.filter(([name]) => only.length === 0 || only.includes(name));
if (selected.length === 0) {
  console.error(`bench: unknown benchmark ${only.join(', ')} (known: ${BENCHES.map(([n]) => n).join(', ')})`);
  process.exit(2);
}

// Lighthouse and chrome-launcher are the bench's own dependencies
// (bench/package.json, its own lockfile), kept out of the project's install
// so that CI never downloads them. Installed here on first use, then the
// benchmarks are type-checked (bench/tsconfig.json) before they run.
const benchDeps = 'bench/node_modules/.package-lock.json';
if (!existsSync(benchDeps) || statSync('bench/package-lock.json').mtimeMs > statSync(benchDeps).mtimeMs) {
  console.log("bench: installing the benchmarks' own dependencies (npm ci --prefix bench)");
  const install = spawnSync('npm', ['ci', '--prefix', 'bench', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (install.status !== 0) process.exit(install.status ?? 1);
}
const typecheck = spawnSync('npx', ['tsc', '-p', 'bench'], { stdio: 'inherit' });
if (typecheck.status !== 0) {
  console.error('bench: the benchmarks do not type-check (npx tsc -p bench)');
  process.exit(typecheck.status ?? 1);
}

const sections = [];
let failed = 0;
for (const [name, script, title] of selected) {
  console.log(`\n=== ${name}: ${title}`);
  const started = Date.now();
  const r = spawnSync('node', ['--experimental-strip-types', script], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${r.stdout}${r.status === 0 ? '' : `\n${r.stderr}`}`.trim();
  console.log(output);
  if (r.status !== 0) failed++;
  // Long JSON lines are for machines; the report keeps the readable lines.
  const readable = output
    .split('\n')
    .filter((l) => !l.startsWith('{"bench"'))
    .join('\n');
  sections.push(
    `## ${title}\n\n\`node ${script}\` (${((Date.now() - started) / 1000).toFixed(0)} s${r.status === 0 ? '' : `, exit ${r.status}`})\n\n\`\`\`text\n${readable}\n\`\`\`\n`,
  );
}

const header = `# Benchmark run

Raw output of \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, on this project's
machine kind (${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB). Shared machines are noisy:
compare figures from the same run. The summary with the peer's figures is in [benchmarks.md](benchmarks.md).
`;
if (only.length === 0) writeFileSync('docs/benchmarks-run.md', `${header}\n${sections.join('\n')}`);
else console.log('\n(bench: partial run, docs/benchmarks-run.md left as it was)');
process.exit(failed > 0 ? 1 : 0);
