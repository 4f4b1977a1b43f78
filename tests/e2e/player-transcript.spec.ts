/**
 * The transcript of a recording opened in the browser is a virtualised list
 * (issue 16): only the entries in view are in the page, yet every entry is
 * reachable by scrolling, by keyboard and by Tab, says where it stands to a
 * screen reader, and keeps "Play from here" and the current-command mark.
 */
import { axeViolations } from './axe';
import { test, expect } from './fixtures';

const COMMANDS = 5000;

/** A v2 recording of COMMANDS commands, each printing two lines. */
function manyCommands(): Buffer {
  const lines = ['{"version": 2, "width": 80, "height": 24}'];
  for (let i = 0; i < COMMANDS; i++) {
    const t = i * 0.1;
    lines.push(JSON.stringify([t, 'm', `echo ${i}`]));
    lines.push(JSON.stringify([t + 0.01, 'o', `$ echo ${i}\r\nline ${i}\r\nmore ${i}\r\n`]));
  }
  return Buffer.from(lines.join('\n'));
}

test('a transcript of 5,000 commands holds only the entries in view and reaches every one', async ({ page }) => {
  await page.goto('/playground/');
  await page
    .getByLabel('Choose a .cast file')
    .setInputFiles({ name: 'many.cast', mimeType: 'application/x-asciicast', buffer: manyCommands() });
  const p = page.getByRole('region', { name: 'Terminal session' }).last();
  await expect(p).toHaveAttribute('data-state', 'idle');
  const list = p.getByRole('list', { name: /^Transcript: 5000 entries/ });
  const entries = list.locator(':scope > .cast-entry');
  await expect(entries.first()).toHaveAttribute('aria-posinset', '1');
  await expect(entries.first()).toHaveAttribute('aria-setsize', String(COMMANDS));
  const drawn = await entries.count();
  expect(drawn).toBeGreaterThan(2);
  expect(drawn).toBeLessThan(60);

  // The keyboard scrolls the list box: End reaches the last entry, Home the first.
  await list.focus();
  await page.keyboard.press('End');
  const last = list.locator(`[aria-posinset="${COMMANDS}"]`);
  await expect(last).toBeInViewport();
  // The entry holds what the command printed (the worker builds it from its own copy of the timeline).
  await expect(last.locator('.cast-out')).toHaveText(`line ${COMMANDS - 1}\nmore ${COMMANDS - 1}`);
  expect(await entries.count()).toBeLessThan(60);
  await last.getByRole('button', { name: `Play from here: echo ${COMMANDS - 1}` }).click();
  // It plays from that command: the last one, so it soon ends.
  await expect(p).toHaveAttribute('data-state', 'ended');
  await expect(last).toHaveAttribute('aria-current', 'step');
  await expect(p.locator('.xterm-rows')).toContainText(`line ${COMMANDS - 1}`);

  await list.focus();
  await page.keyboard.press('Home');
  await expect(list.locator('[aria-posinset="1"]')).toBeInViewport();

  // Tab walks on past the entries drawn at first (each entry: its button, then its output box).
  await list.locator('[aria-posinset="1"]').getByRole('button', { name: 'Play from here: echo 0' }).focus();
  for (let i = 0; i < 2 * drawn + 2; i++) await page.keyboard.press('Tab');
  const reached = Number(await page.evaluate(() => document.activeElement?.closest('.cast-entry')?.getAttribute('aria-posinset')));
  expect(reached).toBe(drawn + 2);
  expect(await entries.count()).toBeLessThan(60);

  expect(await axeViolations(page, 'cn-cast-player#cast-own')).toEqual([]);
});
