// Screenshots of a session page for docs/benchmarks.md (issue 15, Lighthouse):
// the first screen at 1280×800 and 390×844 as the page first paints, before any
// script has run (JavaScript off), and once the player runs (after a pointer
// over it). Of a running site: npm start, or preview on PORT.
// Usage: node scripts/session-screenshots.mjs <base-url> <label>   (label: before|after)
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.mjs';

const [base = 'http://127.0.0.1:4321', label = 'after'] = process.argv.slice(2);
const PATH = '/playground/run-flags/';
const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
try {
  for (const [w, h] of [
    [1280, 800],
    [390, 844],
  ]) {
    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({ viewport: { width: w, height: h }, javaScriptEnabled, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(base + PATH);
      await page.waitForLoadState('load');
      const player = page.locator('cn-cast-player');
      if (javaScriptEnabled) {
        await player.locator('.cast-screen').hover();
        await page.waitForSelector('cn-cast-player.is-live');
        // The pointer off the screen again, so no hover styles show.
        await page.mouse.move(0, 0);
      }
      await player.scrollIntoViewIfNeeded();
      const path = `docs/screenshots/session-${label}-${javaScriptEnabled ? 'live' : 'first-paint'}-${w}x${h}.png`;
      await page.screenshot({ path });
      console.log(path);
      await context.close();
    }
  }
} finally {
  await browser.close();
}
