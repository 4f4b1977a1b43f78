/**
 * The terminal player (issue 5) in real Chromium against the built site:
 * playing to the last frame, every control by mouse and by keyboard, lazy
 * loading without layout shift, and files opened from disk (v2, v3, broken).
 */
import { readFileSync } from 'node:fs';
import { axeViolations } from './axe';
import { test, expect } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const FIXTURES = 'tests/fixtures/casts';
/** The player region of a page (there is one per session page). */
function player(page: Page, name: RegExp | string = /Terminal session/): Locator {
  return page.getByRole('region', { name });
}

const terminal = (p: Locator) => p.locator('.xterm-rows');
const seekValue = async (p: Locator) => Number(await p.getByRole('slider', { name: 'Seek' }).inputValue());

async function ready(page: Page, path: string): Promise<Locator> {
  await page.goto(path);
  const p = player(page);
  // The player starts when the reader reaches for it (a pointer over it is enough).
  await p.locator('.cast-screen').hover();
  await expect(p).toHaveAttribute('data-state', 'idle');
  return p;
}

test('a session plays to its last frame', { tag: '@nginx' }, async ({ page }) => {
  const p = await ready(page, '/playground/list-images/');
  const slider = p.getByRole('slider', { name: 'Seek' });
  // Start 4 s before the end (the slider counts ms): the last stretch still
  // plays for real, but the test does not wait through the whole session.
  await slider.fill(String(Math.max(0, Number(await slider.getAttribute('max')) - 4_000)));
  await p.getByRole('combobox', { name: 'Speed' }).selectOption('4');
  await p.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(p).toHaveAttribute('data-state', 'playing');
  await expect(p).toHaveAttribute('data-state', 'ended');
  // The final frame: the last `docker images -a` (after the prune) and a fresh prompt.
  await expect(terminal(p)).toContainText(/Total reclaimed space: 182\.5MB.*\$ docker images -a.*python:3\.12-slim +96de1337cc9f.*\$\s*$/);
  expect(await slider.inputValue()).toBe(await slider.getAttribute('max'));
  await expect(p.getByRole('button', { name: 'Replay' })).toBeVisible();
});

test('pause, seek, speed and step with the mouse', async ({ page }) => {
  const p = await ready(page, '/playground/logs/');
  const next = p.getByRole('button', { name: 'Next command' });
  await next.click();
  await expect(p.locator('.cast-entry[aria-current]')).toHaveAttribute('data-index', '0');
  await next.click();
  await expect(p.locator('.cast-entry[aria-current]')).toHaveAttribute('data-index', '1');
  // At the start of the second command: the first one's output, the second not typed yet.
  await expect(terminal(p)).toContainText('Press CTRL+C to quit');
  await expect(terminal(p)).not.toContainText('--tail');

  const before = await seekValue(p);
  await p.getByRole('button', { name: 'Step forward one frame' }).click();
  const stepped = await seekValue(p);
  expect(stepped).toBeGreaterThan(before);
  await p.getByRole('button', { name: 'Step back one frame' }).click();
  expect(await seekValue(p)).toBeLessThan(stepped);
  await p.getByRole('button', { name: 'Previous command' }).click();
  await expect(p.locator('.cast-entry[aria-current]')).toHaveAttribute('data-index', '0');

  const slider = p.getByRole('slider', { name: 'Seek' });
  await slider.fill((await slider.getAttribute('max'))!);
  await expect(p).toHaveAttribute('data-state', 'ended');
  await expect(terminal(p)).toContainText('[05/Jan/2026 09:00:03]');
  await expect(slider).toHaveAttribute('aria-valuetext', /^(\d+ seconds?) of \1$/);

  await p.getByRole('combobox', { name: 'Speed' }).selectOption('2');
  await p.getByRole('button', { name: 'Replay' }).click();
  await expect(p).toHaveAttribute('data-state', 'playing');
  await p.getByRole('button', { name: 'Pause' }).click();
  await expect(p).toHaveAttribute('data-state', 'paused');
  const paused = await seekValue(p);
  await expect(p.getByRole('status')).toContainText('Paused at');
  expect(await seekValue(p)).toBe(paused);
  await expect(p.getByRole('combobox', { name: 'Speed' })).toHaveValue('2');

  await p.getByRole('button', { name: 'Restart' }).click();
  await expect(p).toHaveAttribute('data-state', 'playing');
  await p.locator('.cast-screen').click(); // a click on the terminal pauses, as on a video
  await expect(p).toHaveAttribute('data-state', 'paused');

  await p.getByRole('button', { name: 'Play from here: docker stop backend' }).click();
  await expect(p).toHaveAttribute('data-state', 'playing');
  await expect(p.locator('.cast-entry[aria-current]')).toHaveAttribute('data-index', '2');
});

test('every control works from the keyboard', async ({ page }) => {
  const p = await ready(page, '/playground/exec-shell/');
  const screen = p.getByRole('group', { name: /Keyboard shortcuts work/ });
  await screen.focus();
  await page.keyboard.press(']');
  await page.keyboard.press(']');
  await expect(p.locator('.cast-entry[aria-current]')).toHaveAttribute('data-index', '1');
  await expect(p.getByRole('status')).toHaveText('Command 2 of 6: docker exec -it backend bash');
  await expect(terminal(p)).toContainText('requirements.txt');
  await page.keyboard.press('[');
  await expect(p.locator('.cast-entry[aria-current]')).toHaveAttribute('data-index', '0');

  const at = await seekValue(p);
  await page.keyboard.press('.');
  const stepped = await seekValue(p);
  expect(stepped).toBeGreaterThan(at);
  await page.keyboard.press(',');
  expect(await seekValue(p)).toBeLessThan(stepped);
  const back = await seekValue(p);
  await page.keyboard.press('ArrowRight');
  expect(await seekValue(p)).toBeCloseTo(back + 5000, 0);
  await page.keyboard.press('ArrowLeft');
  expect(await seekValue(p)).toBeCloseTo(back, 0);

  const max = Number(await p.getByRole('slider', { name: 'Seek' }).getAttribute('max'));
  await page.keyboard.press('5');
  expect(await seekValue(p)).toBeCloseTo(max / 2, 0);
  await page.keyboard.press('End');
  await expect(p).toHaveAttribute('data-state', 'ended');
  await expect(terminal(p)).toContainText('Up 6 seconds');
  await page.keyboard.press('Home');
  expect(await seekValue(p)).toBe(0);

  await page.keyboard.press('>');
  await expect(p.getByRole('combobox', { name: 'Speed' })).toHaveValue('1.25');
  await page.keyboard.press('<');
  await page.keyboard.press('<');
  await expect(p.getByRole('combobox', { name: 'Speed' })).toHaveValue('0.75');

  await page.keyboard.press(' ');
  await expect(p).toHaveAttribute('data-state', 'playing');
  await page.keyboard.press(' ');
  await expect(p).toHaveAttribute('data-state', 'paused');

  // The slider takes arrows itself when it has focus, and announces the time in words.
  const slider = p.getByRole('slider', { name: 'Seek' });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(p).toHaveAttribute('data-state', 'ended');
  await expect(slider).toHaveAttribute('aria-valuetext', /seconds of/);
});

test('the copy button copies the current command', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const p = await ready(page, '/playground/logs/');
  await p.getByRole('button', { name: 'Next command' }).click();
  await p.getByRole('button', { name: 'Next command' }).click();
  await p.getByRole('button', { name: 'Copy command' }).click();
  await expect(p.getByRole('status')).toHaveText('Copied: docker logs --tail 2 backend');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('docker logs --tail 2 backend');
});

test('the player code loads when a player scrolls into view, without moving anything', async ({ page }) => {
  const lazy: string[] = [];
  page.on('request', (r) => {
    if (/\/_astro\/(cast-player|xterm)\.[^/]+\.(js|css)$/.test(r.url())) lazy.push(r.url());
  });
  await page.goto('/lessons/cors/');
  await page.waitForLoadState('load');
  const p = player(page, /Terminal session: A CORS error/);
  const poster = p.locator('.cast-poster');
  // The first frame: the command as typed (80 columns wrap the rest of it).
  await expect(poster).toContainText('docker run -d --rm --name backend -p 4567:4567');
  expect(lazy).toEqual([]);
  await expect(p).toHaveAttribute('data-state', 'loading');

  await p.scrollIntoViewIfNeeded();
  const box = await p.locator('.cast-screen').boundingBox();
  await expect(p).toHaveAttribute('data-state', 'idle');
  expect(lazy.some((u) => /cast-player\.[^/]+\.js$/.test(u))).toBe(true);
  expect(lazy.some((u) => /xterm\.[^/]+\.css$/.test(u))).toBe(true);
  await expect(poster).toBeHidden();
  await expect(terminal(p)).toContainText('docker run -d --rm --name backend -p 4567:4567 backend-flask');
  const after = await p.locator('.cast-screen').boundingBox();
  expect(after!.height).toBeCloseTo(box!.height, 1);
  expect(after!.width).toBeCloseTo(box!.width, 1);
  expect(after!.y).toBeCloseTo(box!.y, 1);
});

test('a page without a player ships none of its code', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(r.url()));
  await page.goto('/lessons/why-containers/');
  await page.waitForLoadState('load');
  await expect(page.locator('cn-cast-player')).toHaveCount(0);
  expect(loaded.filter((u) => /cast-player|CastPlayer|xterm/i.test(u))).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`a loaded player, its terminal and transcript pass axe in the ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const p = await ready(page, '/playground/build-backend-image/');
    await p.getByRole('button', { name: 'Next command' }).click();
    await page.keyboard.press('End');
    await expect(p).toHaveAttribute('data-state', 'ended');
    await expect(terminal(p)).toContainText('CACHED [4/5]');
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe('your own recording', () => {
  test('a v2 file opened with the file picker replays', async ({ page }) => {
    await page.goto('/playground/');
    await page.getByLabel('Choose a .cast file').setInputFiles(`${FIXTURES}/v2-minimal.cast`);
    await expect(page.getByRole('heading', { name: 'Now playing: A v2 recording (v2-minimal.cast)' })).toBeVisible();
    const p = player(page);
    await expect(p).toHaveAttribute('data-state', 'idle');
    const transcript = p.locator('.cast-transcript');
    await expect(transcript.getByRole('link', { name: 'Explain docker ps' })).toHaveAttribute('href', '/explain/?cmd=docker%20ps');
    await expect(transcript.getByRole('link', { name: 'Cheat sheet: docker ps' })).toHaveAttribute('href', '/commands/container-ls/');
    await expect(transcript).toContainText('echo v2');
    await p.getByRole('combobox', { name: 'Speed' }).selectOption('4');
    await p.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(p).toHaveAttribute('data-state', 'ended');
    await expect(terminal(p)).toContainText('v2 recording finished');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('a v3 file dropped on the page replays', async ({ page }) => {
    await page.goto('/playground/');
    const text = readFileSync(`${FIXTURES}/v3-full.cast`, 'utf8');
    const data = await page.evaluateHandle((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], 'v3-full.cast', { type: 'application/x-asciicast' }));
      return dt;
    }, text);
    const zone = page.locator('[data-drop]');
    await zone.dispatchEvent('dragover', { dataTransfer: data });
    await zone.dispatchEvent('drop', { dataTransfer: data });
    await expect(page.getByRole('heading', { name: 'Now playing: A v3 recording (v3-full.cast)' })).toBeVisible();
    const p = player(page);
    await expect(p).toHaveAttribute('data-state', 'idle');
    await expect(p.locator('.cast-entry')).toHaveCount(2);
    await p.getByRole('group', { name: /Keyboard shortcuts work/ }).focus();
    await page.keyboard.press('End');
    await expect(p).toHaveAttribute('data-state', 'ended');
    await expect(terminal(p)).toContainText('v3 recording finished');
    // The 9 s pause is cut to the file's idle_time_limit (1 s): 3.4 s in all.
    await expect(p.locator('[data-duration]')).toHaveText('0:03');
    // The pauses control rebuilds the timeline: ≤ 3 s keeps 2 s more of that pause.
    await p.getByRole('combobox', { name: 'Longest pause' }).selectOption('3');
    await expect(p.locator('[data-duration]')).toHaveText('0:05');
  });

  test('a damaged file plays up to its first bad line and says where and why; an unreadable one is explained', async ({ page }) => {
    await page.goto('/playground/');
    await page.getByLabel('Choose a .cast file').setInputFiles(`${FIXTURES}/broken.cast`);
    const p = player(page);
    await expect(p).toHaveAttribute('data-state', 'idle');
    await expect(p.getByRole('alert')).toHaveText(/damaged at line 3 \(not valid JSON.*\); the event before it plays\./);
    await p.getByRole('group', { name: /Keyboard shortcuts work/ }).focus();
    await page.keyboard.press('End');
    await expect(p).toHaveAttribute('data-state', 'ended');
    await expect(terminal(p)).toContainText('$');

    // Not a recording at all: nothing to play, the problem by line.
    await page
      .getByLabel('Choose a .cast file')
      .setInputFiles({ name: 'notes.cast', mimeType: 'text/plain', buffer: Buffer.from('hello\n') });
    const alert = page.getByRole('alert').filter({ hasText: 'notes.cast' });
    await expect(alert).toContainText('notes.cast is not an asciicast recording this player can read');
    await expect(alert.getByRole('listitem')).toHaveText([/^Line 1: the header is not valid JSON/]);

    // A good file afterwards clears the message.
    await page.getByLabel('Choose a .cast file').setInputFiles(`${FIXTURES}/v2-minimal.cast`);
    await expect(page.locator('[data-own-player]')).toBeVisible();
    await expect(alert).toBeHidden();
  });
});
