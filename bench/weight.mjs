// @ts-check
// Page weight per page type, as a first-time visitor gets it over nginx (gzip,
// cold cache): requests, transferred bytes by kind, JavaScript executed on load
// (V8 coverage: scripts that ran, uncompressed), render-blocking requests.
// Usage: node bench/weight.mjs   (serves dist/ with nginx itself)
import { launchChromium } from './lib/chromium.mjs';
import { startServer } from './lib/servers.mjs';

export const PAGE_TYPES = [
  ['home', '/'],
  ['lesson (no player)', '/lessons/setup/'],
  ['lesson (with players)', '/lessons/docker-cli/'],
  ['cheat sheet', '/commands/'],
  ['command page', '/commands/container-run/'],
  ['explain', '/explain/?cmd=docker%20run%20--rm%20-it%20-p%204567%3A4567%20backend-flask'],
  ['playground session', '/playground/run-flags/'],
  ['practice exercise', '/practice/run-backend/'],
];

function kindOf(type, url) {
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'script') return 'js';
  if (type === 'font') return 'font';
  if (url.endsWith('.wasm')) return 'wasm';
  return 'other';
}

/**
 * Render-blocking requests in the HTML as served (not the DOM after scripts
 * ran, which also holds stylesheets that lazy code added later): stylesheets and
 * classic scripts without async/defer in <head>.
 */
function renderBlocking(html) {
  const head = /<head>([\s\S]*?)<\/head>/i.exec(html)?.[1] ?? '';
  const css = [...head.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/gi)].length;
  const js = [...head.matchAll(/<script\b[^>]*\ssrc=[^>]*>/gi)].filter(([tag]) => !/\s(async|defer)\b|type="module"/.test(tag)).length;
  return { css, js };
}

export async function measurePage(browser, base, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('requestfinished', async (req) => {
    const sizes = await req.sizes().catch(() => null);
    requests.push({
      url: req.url(),
      kind: kindOf(req.resourceType(), req.url()),
      bytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0,
    });
  });
  await page.coverage.startJSCoverage({ resetOnNavigation: false, reportAnonymousScripts: false });
  const response = await page.goto(base + path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const coverage = await page.coverage.stopJSCoverage();
  const blocking = renderBlocking((await response?.text()) ?? '');
  await context.close();
  const byKind = {};
  for (const r of requests) byKind[r.kind] = (byKind[r.kind] ?? 0) + r.bytes;
  const jsExecuted = coverage.filter((c) => c.url.startsWith(base)).reduce((sum, c) => sum + c.source.length, 0);
  return {
    requests: requests.length,
    totalBytes: requests.reduce((s, r) => s + r.bytes, 0),
    byKind,
    jsExecuted,
    renderBlocking: blocking,
  };
}

const kb = (n) => (n / 1024).toFixed(1);

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer('nginx');
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const [name, path] of PAGE_TYPES) {
      const m = await measurePage(browser, server.url, path);
      rows.push({ name, path, ...m });
      console.log(
        `weight: ${name.padEnd(22)} ${String(m.requests).padStart(3)} requests  ${kb(m.totalBytes).padStart(6)} KB transferred ` +
          `(html ${kb(m.byKind.html ?? 0)}, css ${kb(m.byKind.css ?? 0)}, js ${kb(m.byKind.js ?? 0)}, font ${kb(m.byKind.font ?? 0)}, other ${kb((m.byKind.other ?? 0) + (m.byKind.wasm ?? 0))})  ` +
          `JS executed ${kb(m.jsExecuted)} KB  render-blocking css ${m.renderBlocking.css} js ${m.renderBlocking.js}`,
      );
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  console.log(JSON.stringify({ bench: 'weight', rows }));
}
