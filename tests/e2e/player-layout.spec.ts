/**
 * The player on screens of every size (issue 15) and real recordings played in
 * Chromium (issue 16): terminal type of at least 13 px, no sideways page scroll
 * on a 390 px phone or at 200 % zoom (the terminal scrolls inside its box), the
 * controls on screen with tooltips, and real asciicast files (v1, full-screen
 * apps, CJK, resizes) ending on the same screen as an independent xterm.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { rawFinalScreen, readRaw } from '../unit/replay/xterm-oracle';
import { test, expect } from './fixtures';

const REAL = join(process.cwd(), '../shared/conformance/real-casts');

async function terminalFontSize(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
}

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

for (const [what, size] of [
  ['a 390 px phone', { width: 390, height: 844 }],
  ['200 % zoom of a 1280 px window', { width: 640, height: 400 }],
  ['a 1280 px desktop', { width: 1280, height: 800 }],
] as const) {
  test(`session page on ${what}: 13 px type or more, no sideways page scroll, controls on screen`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto('/playground/logs/');
    const p = page.getByRole('region', { name: /Terminal session/ });
    await p.locator('.cast-screen').hover();
    await expect(p).toHaveAttribute('data-state', 'idle');
    expect(await terminalFontSize(page, '.xterm-rows')).toBeGreaterThanOrEqual(13);
    expect(await pageWidth(page)).toBeLessThanOrEqual(size.width);
    for (const name of ['Play', 'Next command', 'Full screen']) {
      const button = p.getByRole('button', { name, exact: true });
      await expect(button).toHaveAttribute('title', new RegExp(name));
      await button.scrollIntoViewIfNeeded();
      const box = (await button.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(size.width);
    }
  });
}

test('a lesson embed uses 13 px type or more before and after the player loads', async ({ page }) => {
  await page.goto('/lessons/cors/');
  expect(await terminalFontSize(page, '.cast-poster')).toBeGreaterThanOrEqual(13);
  const p = page.getByRole('region', { name: /Terminal session: A CORS error/ });
  await p.scrollIntoViewIfNeeded();
  await expect(p).toHaveAttribute('data-state', 'idle');
  expect(await terminalFontSize(page, '.xterm-rows')).toBeGreaterThanOrEqual(13);
});

test('f toggles full screen', async ({ page }) => {
  await page.goto('/playground/logs/');
  const p = page.getByRole('region', { name: /Terminal session/ });
  // Focus reaches for the player: its code loads and it starts.
  await p.getByRole('group', { name: /Keyboard shortcuts work/ }).focus();
  await expect(p).toHaveAttribute('data-state', 'idle');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.tagName)).toBe('CN-CAST-PLAYER');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
});

test.describe('real recordings in Chromium', () => {
  test.skip(!existsSync(REAL), 'skipped: ../shared/conformance not found');
  const files: [string, 'v1' | 'v2' | 'v3', string][] = [
    ['asciinema--vim-v1.json', 'v1', 'v1, vim on the alternate screen'],
    ['termtosvg--htop.cast', 'v2', 'htop: scroll region, line drawing'],
    ['gvcgo--asciinema_default.cast', 'v2', 'CJK wide characters'],
    ['player--resizing.cast', 'v3', 'two resizes'],
    ['asciinema--full-v2.cast', 'v2', 'a recording theme'],
  ];
  for (const [name, format, covers] of files) {
    test(`${name} (${covers}) ends on the same screen as an independent xterm`, async ({ page }) => {
      await page.goto('/playground/');
      await page.getByLabel('Choose a .cast file').setInputFiles(join(REAL, name));
      const p = page.getByRole('region', { name: 'Terminal session' }).last();
      await expect(p).toHaveAttribute('data-state', 'idle');
      await p.getByRole('group', { name: /Keyboard shortcuts work/ }).focus();
      await page.keyboard.press('End');
      await expect(p).toHaveAttribute('data-state', 'ended');
      const expected = (await rawFinalScreen(readRaw(readFileSync(join(REAL, name), 'utf8'), format))).map((l) => l.trimEnd());
      await expect
        .poll(() =>
          p.locator('.xterm-rows > div').evaluateAll((rows) => rows.map((r) => (r.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd())),
        )
        .toEqual(expected);
      if (name === 'asciinema--full-v2.cast') {
        const toggle = p.getByRole('button', { name: 'Recording colours' });
        await expect(toggle).toHaveAttribute('aria-pressed', 'true');
        const frame = p.locator('.cast-screen');
        const own = await frame.evaluate((el) => getComputedStyle(el).backgroundColor);
        await toggle.click();
        await expect(toggle).toHaveAttribute('aria-pressed', 'false');
        await expect.poll(() => frame.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(own);
      }
    });
  }
});
