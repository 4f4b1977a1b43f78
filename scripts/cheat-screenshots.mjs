// Screenshots of the cheat sheet for docs/cheat-sheet.md: full-page PNGs at
// 1280×800 and 390×844 of a running site (npm start, or preview on PORT), and
// the top commands sheet as printed.
// Usage: node scripts/cheat-screenshots.mjs <base-url> <label>   (label: before|after)
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './lib/chromium.mjs';

const [base = 'http://127.0.0.1:4321', label = 'after'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
try {
  for (const [w, h] of [
    [1280, 800],
    [390, 844],
  ]) {
    const page = await browser.newPage({ viewport: { width: w, height: h } });
    await page.goto(`${base}/commands/`);
    await page.waitForLoadState('load');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const path = `docs/screenshots/cheat-sheet-${label}-${w}x${h}.png`;
    // The first three screens: enough to show the layout without a 16-screen image.
    await page.screenshot({ path, clip: { x: 0, y: 0, width: w, height: Math.min(height, h * 3) } });
    console.log(`${path}: page is ${height} px tall`);
    await page.close();
  }
  if (label === 'after') {
    // The printable sheet as it prints: A4-wide, print media.
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    await page.goto(`${base}/commands/top/`);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: 'docs/screenshots/top-commands-print.png', fullPage: true });
    console.log('docs/screenshots/top-commands-print.png');
    await page.close();
  }
} finally {
  await browser.close();
}
