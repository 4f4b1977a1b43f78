/**
 * The session page's first screen (issue 15, Lighthouse on a phone): the build
 * draws the session's opening screen, in xterm's colours, into the HTML; the
 * player's code (xterm.js) loads only when the reader reaches for the player,
 * and nothing moves when xterm takes over. What the reader asks while it
 * loads (Play, a key) is carried out once it runs.
 */
import type { Locator, Page } from '@playwright/test';
import { settled, test, expect, watchLayoutShifts } from './fixtures';

const SESSION = '/playground/run-flags/';
const player = (page: Page) => page.getByRole('region', { name: /Terminal session/ });
const PLAYER_CODE = /\/_astro\/(cast-player|xterm)[.-][^/]*\.(js|css)$/;

/** The prompt of our recordings: bold green user@host, bold blue folder (bold draws bright). */
const PROMPT_GREEN = 'rgb(165, 240, 197)';
const PROMPT_BLUE = 'rgb(165, 208, 255)';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the first screen is in the HTML, in its colours, before any script runs', async ({ page }) => {
    await page.goto(SESSION);
    const poster = player(page).locator('.cast-poster');
    await expect(poster).toBeVisible();
    await expect(poster).toContainText("learner@laptop:~/cruddur$ docker run --rm -it -p 4567:4567 -e FRONTEND_URL='*'");
    const user = poster.locator('span', { hasText: 'learner@laptop' }).first();
    await expect(user).toHaveCSS('color', PROMPT_GREEN);
    await expect(user).toHaveCSS('font-weight', '700');
    await expect(poster.locator('span', { hasText: '~/cruddur' }).first()).toHaveCSS('color', PROMPT_BLUE);
    // The frame is the terminal's whole screen: one line per row of the recording.
    const rows = await player(page).evaluate((el) => Number(el.style.getPropertyValue('--cast-rows')));
    expect(rows).toBeGreaterThanOrEqual(24);
    expect((await poster.textContent())!.split('\n')).toHaveLength(rows);
  });
});

test('the player code waits until the reader reaches for the player', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => {
    if (PLAYER_CODE.test(r.url())) loaded.push(r.url());
  });
  await page.goto(SESSION);
  await settled(page);
  expect(loaded).toEqual([]);
  await expect(player(page)).toHaveAttribute('data-state', 'loading');
  await player(page).locator('.cast-screen').hover();
  await expect(player(page)).toHaveAttribute('data-state', 'idle');
  expect(loaded.some((u) => /cast-player\.[^/]+\.js$/.test(u))).toBe(true);
});

/** Where what a reader sees sits on the page (page coordinates: scrolling is not moving), to a tenth of a pixel. */
function boxes(p: Locator): Promise<Record<string, number[]>> {
  return p.evaluate((player) => {
    const out: Record<string, number[]> = {};
    for (const selector of ['.cast-screen', '.cast-controls', '.cast-transcript', '.cast-keys']) {
      const b = player.querySelector(selector)!.getBoundingClientRect();
      out[selector] = [b.x + scrollX, b.y + scrollY, b.width, b.height].map((n) => Math.round(n * 10) / 10);
    }
    return out;
  });
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`nothing moves when xterm takes over (${size.width} px)`, { tag: '@nginx' }, async ({ page }) => {
    await page.setViewportSize(size);
    const shifts = await watchLayoutShifts(page);
    await page.goto(SESSION);
    await settled(page);
    const p = player(page);
    const before = await boxes(p);
    const poster = p.locator('.cast-poster');
    const posterRows = (await poster.textContent())!.split('\n').map((l) => l.trimEnd());
    const firstLine = await poster.evaluate((el) => {
      const r = document.createRange();
      r.setStart(el.firstChild!, 0);
      r.setEnd(el.firstChild!, 1);
      const b = r.getBoundingClientRect();
      return { x: b.x + scrollX, y: b.y + scrollY };
    });

    // Shifts count from here: this test is about the takeover. (How the page loads is Lighthouse's CLS in
    // bench/, and site.spec.ts's half-painted header.)
    await shifts.from();
    await p.locator('.cast-screen').hover();
    await expect(p).toHaveAttribute('data-state', 'idle');
    await expect(poster).toBeHidden();
    expect(await boxes(p)).toEqual(before);
    expect(await shifts.total()).toBe(0);

    // The same screen, in the same place and colours.
    const rows = p.locator('.xterm-rows > div');
    const xtermRows = await rows.evaluateAll((els) => els.map((r) => (r.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd()));
    expect(xtermRows).toEqual(posterRows);
    const row = await rows.first().evaluate((el) => {
      const b = el.getBoundingClientRect();
      return { x: b.x + scrollX, y: b.y + scrollY };
    });
    expect(Math.abs(row.y - firstLine.y)).toBeLessThanOrEqual(1);
    expect(Math.abs(row.x - firstLine.x)).toBeLessThanOrEqual(1);
    await expect(rows.first().locator('span', { hasText: 'learner@laptop' }).first()).toHaveCSS('color', PROMPT_GREEN);
  });
}

test('Play pressed while the player loads plays once it runs', async ({ page }) => {
  await page.goto(SESSION);
  await settled(page);
  const p = player(page);
  await p.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(p).toHaveAttribute('data-state', 'playing');
});

test('keys pressed on the screen while the player loads are carried out once it runs', async ({ page }) => {
  await page.goto(SESSION);
  await settled(page);
  const p = player(page);
  await p.getByRole('group', { name: /Keyboard shortcuts work/ }).focus();
  await page.keyboard.press(']');
  await page.keyboard.press(']');
  await expect(p.locator('.cast-entry[aria-current]')).toHaveAttribute('data-index', '1');
  await expect(p.getByRole('status')).toHaveText(/^Command 2 of \d+: docker/);
});
