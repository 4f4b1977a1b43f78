// @ts-check
// Lighthouse (the npm package, driving Debian's Chromium) on each page type,
// mobile and desktop, over nginx. Prints the four category scores per page.
// Usage: node bench/lighthouse.mjs
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.mjs';
import { startServer } from './lib/servers.mjs';
import { PAGE_TYPES } from './weight.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function runLighthouse(base) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const rows = [];
  try {
    for (const [name, path] of PAGE_TYPES) {
      for (const form of ['mobile', 'desktop']) {
        const result = await lighthouse(
          base + path,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
          form === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error(`lighthouse returned no result for ${base + path}`);
        const lhr = result.lhr;
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
        const failing = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
          .map((a) => a.id);
        rows.push({ name, path, form, ...scores, failing });
        console.log(
          `lighthouse: ${name.padEnd(22)} ${form.padEnd(7)} perf ${scores.performance} a11y ${scores.accessibility} ` +
            `bp ${scores['best-practices']} seo ${scores.seo}${failing.length ? `  (failing: ${failing.join(', ')})` : ''}`,
        );
      }
    }
  } finally {
    chrome.kill();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startServer('nginx');
  try {
    const rows = await runLighthouse(server.url);
    console.log(JSON.stringify({ bench: 'lighthouse', rows }));
  } finally {
    await server.stop();
  }
}
