/**
 * The practice terminal once it runs, under axe: the page-wide axe batches
 * (quality.spec.ts) see the page as drawn at build time, before the terminal
 * starts. The terminal's own messages (undo, reset, a part that could not
 * load) must keep their contrast in both colour schemes.
 */
import { test, expect } from './fixtures';
import { axeViolations } from './axe';

for (const scheme of ['light', 'dark'] as const) {
  test(`the running terminal and its messages pass axe (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/practice/');
    await page.locator('cn-practice').scrollIntoViewIfNeeded();
    await page.locator('.practice-screen').click();
    await expect(page.locator('cn-practice.is-ready')).toBeVisible();
    await page.locator('.practice-screen .xterm').click();
    await page.keyboard.insertText('undo');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('log')).toContainText('Nothing to undo.');
    await expect(page.locator('.practice-screen .xterm-rows')).toContainText('Nothing to undo.');
    expect(await axeViolations(page)).toEqual([]);
  });
}
