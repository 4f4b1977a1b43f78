// @ts-check
// Lighthouse (the npm package, driving Debian's Chromium) on one page of every
// page type, mobile and desktop, over nginx. Prints the four category scores
// per page, the median of --runs runs (Lighthouse's performance score moves by
// several points between runs on a shared machine), with the metrics behind
// the performance score, so that a low score says where the time went.
// Usage: [SERVER=preview] node bench/lighthouse.mjs [--runs 3] [--port 4621] [--form mobile|desktop] [--details] [name ...]
//   --details prints each run's long tasks and layout shifts.
//   names pick page types by a part of their name, e.g. `practice 404`.
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.mjs';
import { startServer } from './lib/servers.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = [
  ['fcp', 'first-contentful-paint'],
  ['lcp', 'largest-contentful-paint'],
  ['tbt', 'total-blocking-time'],
  ['cls', 'cumulative-layout-shift'],
  ['si', 'speed-index'],
];

const DOCKERFILE =
  'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n';

/** One page of every template in src/pages (casts are data, not pages). */
export const LIGHTHOUSE_PAGES = [
  ['home', '/'],
  ['lessons index', '/lessons/'],
  ['lesson (no player)', '/lessons/setup/'],
  ['lesson (with players)', '/lessons/docker-cli/'],
  ['cheat sheet', '/commands/'],
  ['print sheet', '/commands/top/'],
  ['command page', '/commands/container-run/'],
  ['explain', '/explain/'],
  ['explain ?cmd=', '/explain/?cmd=docker%20run%20--rm%20-it%20-p%204567%3A4567%20backend-flask'],
  ['file explainer', `/explain/?cmd=${encodeURIComponent(DOCKERFILE)}`],
  ['search', '/search/?q=volume'],
  ['playground index', '/playground/'],
  ['playground session', '/playground/run-flags/'],
  ['practice index', '/practice/'],
  ['practice exercise', '/practice/run-backend/'],
  ['CORS lab', '/cors/'],
  ['glossary', '/glossary/'],
  ['progress', '/progress/'],
  // Lighthouse refuses to audit a page served with status 404, and nginx
  // answers /404.html with 404 too: measure it with SERVER=preview.
  ['404', '/404.html'],
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function audit(chrome, url, form, details = false) {
  const result = await lighthouse(
    url,
    { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
    form === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`lighthouse returned no result for ${url}`);
  const lhr = result.lhr;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
  const metrics = Object.fromEntries(METRICS.map(([k, id]) => [k, lhr.audits[id]?.numericValue ?? NaN]));
  const failing = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
    .map((a) => a.id);
  if (details) {
    // Where the time went: Lighthouse's long tasks (simulated, as scored) and layout shifts.
    const tasks = /** @type {any} */ (lhr.audits['long-tasks']?.details)?.items ?? [];
    for (const t of tasks) console.log(`    long task ${t.duration.toFixed(0)} ms at ${t.startTime.toFixed(0)} ms  ${t.url}`);
    const shifts = /** @type {any} */ (lhr.audits['layout-shifts']?.details)?.items ?? [];
    for (const s of shifts) console.log(`    layout shift ${s.score.toFixed(3)}  ${s.node?.snippet ?? ''}`);
  }
  // A run that could not measure (e.g. NO_LCP) scores 0: say why instead of a bare 0.
  if (lhr.runtimeError) failing.unshift(`runtime error ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  return { scores, metrics, failing };
}

export async function runLighthouse(base, { runs = 1, forms = ['mobile', 'desktop'], pages = LIGHTHOUSE_PAGES, details = false } = {}) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const rows = [];
  try {
    for (const [name, path] of pages) {
      for (const form of forms) {
        const all = [];
        for (let i = 0; i < runs; i++) {
          // A run Lighthouse could not record (NO_NAVSTART, NO_FCP on a starved machine) is run again, twice at most.
          let run = await audit(chrome, base + path, form, details);
          for (let retry = 0; retry < 2 && run.failing[0]?.startsWith('runtime error'); retry++)
            run = await audit(chrome, base + path, form, details);
          all.push(run);
        }
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(all.map((r) => r.scores[c]))]));
        const metrics = Object.fromEntries(METRICS.map(([k]) => [k, median(all.map((r) => r.metrics[k]))]));
        const failing = [...new Set(all.flatMap((r) => r.failing))];
        const perfRuns = all.map((r) => r.scores.performance);
        rows.push({ name, path, form, ...scores, perfRuns, metrics, failing });
        const m = metrics;
        console.log(
          `lighthouse: ${name.padEnd(22)} ${form.padEnd(7)} perf ${String(scores.performance).padStart(3)} a11y ${scores.accessibility} ` +
            `bp ${scores['best-practices']} seo ${scores.seo}  [perf runs ${perfRuns.join(',')}; FCP ${m.fcp.toFixed(0)} ms, ` +
            `LCP ${m.lcp.toFixed(0)} ms, TBT ${m.tbt.toFixed(0)} ms, CLS ${m.cls.toFixed(3)}, SI ${m.si.toFixed(0)} ms]` +
            `${failing.length ? `  (failing: ${failing.join(', ')})` : ''}`,
        );
      }
    }
  } finally {
    chrome.kill();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { runs: { type: 'string', default: '1' }, port: { type: 'string' }, form: { type: 'string' }, details: { type: 'boolean' } },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1, got "${values.runs}"`);
  if (values.form && !['mobile', 'desktop'].includes(values.form)) throw new Error(`--form is mobile or desktop, got "${values.form}"`);
  const pages = LIGHTHOUSE_PAGES.filter(([name]) => positionals.length === 0 || positionals.some((p) => name.includes(p)));
  if (pages.length === 0) throw new Error(`no page type matches ${positionals.join(' ')}`);
  // SERVER=preview: astro preview, which serves /404.html with status 200 (nginx answers it with 404).
  const kind = /** @type {'nginx' | 'preview'} */ (process.env.SERVER ?? 'nginx');
  const server = await startServer(kind, undefined, values.port ? Number(values.port) : undefined);
  try {
    const rows = await runLighthouse(server.url, { runs, pages, forms: values.form ? [values.form] : undefined, details: values.details });
    console.log(JSON.stringify({ bench: 'lighthouse', runs, rows }));
  } finally {
    await server.stop();
  }
}
