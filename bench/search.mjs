// @ts-check
// Search cost in Chromium against the built site: bytes fetched and time to
// first results for a cold query (fresh browser context, empty cache, nothing
// of Pagefind loaded) and a warm one (a second, different query on the same
// page), through Pagefind's JS API and through our search dialog, next to the
// total weight of the page searched from; and the results page opened on the
// warm query (first row, longest task, bytes).
// Usage: node bench/search.mjs [--url http://127.0.0.1:4321] [--page /lessons/compose-networks/]
//        [--runs 5] [--query bridge] [--warm-query volume] [--verbose (lists every request)]
// Without --url it serves DIST_DIR (default dist/) with nginx (SERVER=preview for astro preview).
import { launchChromium } from './lib/chromium.mjs';
import { startServer } from './lib/servers.mjs';

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}
const PAGE = arg('page', '/lessons/compose-networks/');
const RUNS = Math.max(1, Number(arg('runs', '5')) || 5);
const COLD_QUERY = arg('query', 'bridge');
const WARM_QUERY = arg('warm-query', 'volume');
const VERBOSE = process.argv.includes('--verbose');
const show = (r) => `${new URL(r.url).pathname} ${r.bytes} B`;

/**
 * Records every request of a context as it starts, so each lands in the phase
 * that caused it; sizes (body + headers as transferred) are read once the
 * phase has settled.
 */
function recordRequests(context) {
  const log = [];
  context.on('request', (req) => log.push(req));
  return {
    mark: () => log.length,
    since: (mark) =>
      Promise.all(
        log.slice(mark).map(async (req) => {
          const sizes = await req.sizes().catch(() => null);
          return { url: req.url(), bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0 };
        }),
      ),
  };
}
const total = (reqs) => reqs.reduce((s, r) => s + r.bytes, 0);
const settle = (page) => page.waitForLoadState('networkidle');

async function openPage(browser, base) {
  const context = await browser.newContext();
  const requests = recordRequests(context);
  const page = await context.newPage();
  const response = await page.goto(base + PAGE, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`${base + PAGE} answered ${response?.status()}`);
  await settle(page);
  return { context, page, requests };
}

/** Page weight: everything a first visit transfers until the network is idle. */
async function pageWeight(browser, base) {
  const { context, requests } = await openPage(browser, base);
  const reqs = await requests.since(0);
  await context.close();
  return { bytes: total(reqs), requests: reqs.length };
}

/** One query through pagefind.js: ms until the first result's data is loaded. */
async function apiQuery(page, query) {
  return page.evaluate(async (q) => {
    const t0 = performance.now();
    // @ts-expect-error: a URL of the site under test, resolved by the browser.
    const pagefind = await import('/pagefind/pagefind.js');
    const search = await pagefind.search(q);
    if (!search.results.length) throw new Error(`no results for ${q}`);
    await search.results[0].data();
    return performance.now() - t0;
  }, query);
}

async function viaApi(browser, base) {
  const { context, page, requests } = await openPage(browser, base);
  let mark = requests.mark();
  const coldMs = await apiQuery(page, COLD_QUERY);
  await settle(page);
  const cold = await requests.since(mark);
  mark = requests.mark();
  const warmMs = await apiQuery(page, WARM_QUERY);
  await settle(page);
  const warm = await requests.since(mark);
  if (VERBOSE) console.log('search: API requests', { cold: cold.map(show), warm: warm.map(show) });
  await context.close();
  return {
    cold: { ms: coldMs, bytes: total(cold), requests: cold.length },
    warm: { ms: warmMs, bytes: total(warm), requests: warm.length },
  };
}

/**
 * Types a query into the open dialog and returns ms from the input event to
 * the first result row drawn (includes the box's typing debounce,
 * TYPING_DEBOUNCE_MS in src/client/search-ui.ts), and
 * from the `/` that opened the dialog.
 */
async function uiQuery(page, query) {
  const box = page.getByRole('dialog', { name: 'search' }).getByRole('searchbox');
  const done = page.evaluate(
    (q) =>
      new Promise((resolve) => {
        let start = 0;
        document.addEventListener(
          'input',
          (e) => {
            start = e.timeStamp;
          },
          { capture: true, once: true },
        );
        const check = () => {
          const summary = document.querySelector('pagefind-modal pagefind-summary')?.textContent ?? '';
          if (start && summary.includes(q) && document.querySelector('pagefind-modal a.pf-result-link')) {
            obs.disconnect();
            const now = performance.now();
            resolve({ ms: now - start, fromKeyMs: now - (Reflect.get(window, '__benchKeyAt') ?? start) });
          }
        };
        const obs = new MutationObserver(check);
        obs.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
    query,
  );
  await box.fill(query);
  return done;
}

async function viaSearchBox(browser, base) {
  const { context, page, requests } = await openPage(browser, base);
  let mark = requests.mark();
  const openMs = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const t0 = performance.now();
        /** @type {any} */ (window).__benchKeyAt = t0;
        const obs = new MutationObserver(() => {
          if (document.activeElement?.matches('pagefind-modal input')) {
            obs.disconnect();
            resolve(performance.now() - t0);
          }
        });
        obs.observe(document.body, { subtree: true, childList: true, attributes: true });
        document.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true }));
      }),
  );
  const coldQuery = await uiQuery(page, COLD_QUERY);
  await settle(page);
  const cold = await requests.since(mark);
  mark = requests.mark();
  const { ms: warmMs } = await uiQuery(page, WARM_QUERY);
  await settle(page);
  const warm = await requests.since(mark);
  await context.close();
  if (VERBOSE) console.log('search: dialog requests', { cold: cold.map(show), warm: warm.map(show) });
  return {
    openMs,
    fromKeyMs: coldQuery.fromKeyMs,
    cold: { ms: coldQuery.ms, bytes: total(cold), requests: cold.length },
    warm: { ms: warmMs, bytes: total(warm), requests: warm.length },
  };
}

/**
 * The results page opened on a query in a fresh context: ms from navigation
 * start to the first result row drawn, the longest main-thread task until the
 * network is idle, and everything the page fetched. The row selector holds for the
 * page's own renderer and for the Component UI it replaced, so two builds
 * compare.
 */
async function resultsPage(browser, base, query) {
  // Without the service worker, whose precache of the whole course would be counted as the page's.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const requests = recordRequests(context);
  const page = await context.newPage();
  await page.addInitScript(() => {
    const bench = { firstRowMs: 0, longestTaskMs: 0 };
    Reflect.set(window, '__bench', bench);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longestTaskMs = Math.max(bench.longestTaskMs, e.duration);
    }).observe({ type: 'longtask', buffered: true });
    const rows = new MutationObserver(() => {
      if (!document.querySelector('cn-search-page li.pf-result a.pf-result-link')) return;
      bench.firstRowMs = performance.now();
      rows.disconnect();
    });
    rows.observe(document, { subtree: true, childList: true });
  });
  await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => Reflect.get(window, '__bench').firstRowMs > 0);
  await settle(page);
  const { firstRowMs, longestTaskMs } = await page.evaluate(() => Reflect.get(window, '__bench'));
  const reqs = await requests.since(0);
  if (VERBOSE) console.log('search: results page requests', reqs.map(show));
  await context.close();
  return { ms: firstRowMs, longestTaskMs, bytes: total(reqs), requests: reqs.length };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => `${n.toFixed(0)} ms`;
function summarize(samples, pick) {
  const values = samples.map(pick);
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

const external = arg('url', null);
const server = external ? null : await startServer(/** @type {'nginx' | 'preview'} */ (process.env.SERVER ?? 'nginx'));
const base = (external ?? server?.url ?? '').replace(/\/$/, '');
const browser = await launchChromium();
try {
  const weight = await pageWeight(browser, base);
  const api = [];
  const ui = [];
  const results = [];
  for (let i = 0; i < RUNS; i++) {
    api.push(await viaApi(browser, base));
    ui.push(await viaSearchBox(browser, base));
    results.push(await resultsPage(browser, base, WARM_QUERY));
  }
  const rows = [];
  for (const [name, samples] of /** @type {[string, any[]][]} */ ([
    ['Pagefind API', api],
    ['search dialog', ui],
  ])) {
    for (const phase of ['cold', 'warm']) {
      const time = summarize(samples, (s) => s[phase].ms);
      const bytes = summarize(samples, (s) => s[phase].bytes);
      const requests = summarize(samples, (s) => s[phase].requests);
      rows.push({ via: name, phase, query: phase === 'cold' ? COLD_QUERY : WARM_QUERY, time, bytes, requests });
    }
  }
  const open = summarize(ui, (s) => s.openMs);
  const fromKey = summarize(ui, (s) => s.fromKeyMs);
  console.log(`search: ${base}${PAGE}, ${RUNS} runs each, medians (min–max)`);
  console.log(`search: page weight (first visit, until idle): ${kb(weight.bytes)} in ${weight.requests} requests`);
  for (const r of rows) {
    console.log(
      `search: ${r.via.padEnd(13)} ${r.phase} "${r.query}": first results in ${ms(r.time.median)} (${ms(r.time.min)}–${ms(r.time.max)}), ` +
        `${kb(r.bytes.median)} fetched in ${r.requests.median} requests (${((100 * r.bytes.median) / weight.bytes).toFixed(0)}% of the page)`,
    );
  }
  console.log(`search: dialog open (key to focused box, cold): ${ms(open.median)} (${ms(open.min)}–${ms(open.max)})`);
  console.log(`search: dialog cold, from the \`/\` key to first results: ${ms(fromKey.median)} (${ms(fromKey.min)}–${ms(fromKey.max)})`);
  const page = {
    firstRowMs: summarize(results, (r) => r.ms),
    longestTaskMs: summarize(results, (r) => r.longestTaskMs),
    bytes: summarize(results, (r) => r.bytes),
    requests: summarize(results, (r) => r.requests),
  };
  console.log(
    `search: results page /search/?q=${WARM_QUERY}, first visit: first row ${ms(page.firstRowMs.median)} after navigation ` +
      `(${ms(page.firstRowMs.min)}–${ms(page.firstRowMs.max)}), longest task ${ms(page.longestTaskMs.median)} ` +
      `(${ms(page.longestTaskMs.min)}–${ms(page.longestTaskMs.max)}), ${kb(page.bytes.median)} in ${page.requests.median} requests`,
  );
  console.log(
    JSON.stringify({
      bench: 'search',
      page: PAGE,
      runs: RUNS,
      pageWeight: weight,
      dialogOpenMs: open,
      dialogColdFromKeyMs: fromKey,
      rows,
      resultsPage: page,
    }),
  );
} finally {
  await browser.close();
  await server?.stop();
}
