// @ts-check
// `npm test`: every suite, one summary. Builds the site once, then runs the unit
// and nginx tests (Vitest) and the browser tests (Playwright, real Chromium).
// Ends with the line `N passed, N failed` summed over all suites.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { requireTools } from './lib/require-tools.mjs';

requireTools(['chromium', 'nginx']);
mkdirSync('test-results', { recursive: true });

/**
 * @param {string} cmd
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 */
function run(cmd, args, env = {}) {
  console.log(`\n> ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } }).status ?? 1;
}

if (!process.env.SKIP_BUILD) {
  if (run('npm', ['run', 'build']) !== 0) {
    console.log('\nbuild failed: no tests ran\n0 passed, 1 failed');
    process.exit(1);
  }
}

const totals = { passed: 0, failed: 0, skipped: 0 };
const suites = [];

/** @param {string} file @returns {any} */
function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

// Vitest: both projects (unit; integration over dist/ and nginx), with the
// coverage thresholds on src/lib/** (vitest.config.ts).
rmSync('test-results/unit.json', { force: true });
const unitCode = run('npx', [
  'vitest',
  'run',
  '--coverage',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/unit.json',
]);
const unit = readJson('test-results/unit.json');
if (unit) {
  const failed = unit.numFailedTests + (unit.numRuntimeErrorTestSuites ?? 0) + (unitCode !== 0 && unit.numFailedTests === 0 ? 1 : 0);
  suites.push(['vitest', unit.numPassedTests, failed, unit.numPendingTests + unit.numTodoTests]);
} else {
  suites.push(['vitest', 0, 1, 0]);
}

// Playwright: browser tests against the built site.
rmSync('test-results/e2e.json', { force: true });
const e2eCode = run('npx', ['playwright', 'test']);
const e2e = readJson('test-results/e2e.json');
if (e2e?.stats) {
  const failed =
    e2e.stats.unexpected + (e2e.errors?.length ?? 0) + (e2eCode !== 0 && e2e.stats.unexpected === 0 && !e2e.errors?.length ? 1 : 0);
  suites.push(['playwright', e2e.stats.expected + e2e.stats.flaky, failed, e2e.stats.skipped]);
} else {
  suites.push(['playwright', 0, 1, 0]);
}

console.log('\nSummary');
for (const [name, passed, failed, skipped] of suites) {
  console.log(`  ${name}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
}
if (totals.passed === 0) totals.failed += 1; // a run that tested nothing is a failure
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
