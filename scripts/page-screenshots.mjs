// Screenshots of one page of each page type for docs/reading.md (issue 15):
// docs/screenshots/pages/<label>-<name>.png, of a running site (npm start, or
// a build served by scripts/preview.mjs). A page type the site does not have
// (an older build, for "before") is skipped and said so.
// Usage: node scripts/page-screenshots.mjs <base-url> <label> [name ...]
//   label: before|after; names pick page types by a part of their name.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.mjs';

const RUN_COMMAND = 'docker run -d --name web -p 127.0.0.1:8080:80 -v ./site:/usr/share/nginx/html:ro nginx:1.30';
const DESKTOP = [1280, 800];
const PHONE = [390, 844];

/** [name, path, viewport, colour scheme, what to wait for (a selector), status expected] */
const PAGES = [
  ['home', '/', DESKTOP, 'light'],
  ['lessons-index', '/lessons/', DESKTOP, 'light'],
  ['lesson', '/lessons/docker-cli/', DESKTOP, 'light'],
  ['lesson-phone', '/lessons/docker-cli/', PHONE, 'dark'],
  ['commands', '/commands/', DESKTOP, 'light'],
  ['print-sheet', '/commands/top/', DESKTOP, 'light'],
  ['command-page', '/commands/container-run/', DESKTOP, 'light'],
  ['explain', `/explain/?cmd=${encodeURIComponent(RUN_COMMAND)}`, DESKTOP, 'light'],
  ['search', '/search/?q=volume', DESKTOP, 'light', 'main a[href^="/lessons/"]'],
  ['search-phone', '/search/?q=volume', PHONE, 'dark', 'main a[href^="/lessons/"]'],
  ['playground-index', '/playground/', DESKTOP, 'light'],
  ['session', '/playground/run-flags/', DESKTOP, 'dark'],
  ['session-phone', '/playground/run-flags/', PHONE, 'light'],
  ['practice-index', '/practice/', DESKTOP, 'light'],
  ['practice-exercise', '/practice/run-backend/', DESKTOP, 'dark', '[data-exercise-state]'],
  ['cors-lab', '/cors/', DESKTOP, 'light'],
  ['glossary', '/glossary/', DESKTOP, 'light'],
  ['progress', '/progress/', DESKTOP, 'light'],
  ['not-found', '/no-such-page/', DESKTOP, 'light', undefined, 404],
];

const [base = 'http://127.0.0.1:4321', label = 'after', ...names] = process.argv.slice(2);
const chosen = names.length ? PAGES.filter(([name]) => names.some((n) => name.includes(n))) : PAGES;
mkdirSync('docs/screenshots/pages', { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
try {
  for (const [name, path, [width, height], colorScheme, waitFor, status = 200] of chosen) {
    const context = await browser.newContext({ viewport: { width, height }, colorScheme, serviceWorkers: 'block' });
    const page = await context.newPage();
    const response = await page.goto(base + path);
    if (response?.status() !== status) {
      console.log(`skipped ${name}: ${path} answered ${response?.status()} (this build has no such page)`);
      await context.close();
      continue;
    }
    await page.waitForLoadState('load');
    if (waitFor) await page.locator(waitFor).first().waitFor({ timeout: 10_000 });
    // Let deferred scripts draw (search results, the explainer's answer) before the picture.
    await page.waitForTimeout(1000);
    const file = `docs/screenshots/pages/${label}-${name}.png`;
    await page.screenshot({ path: file });
    console.log(file);
    await context.close();
  }
} finally {
  await browser.close();
}
