/**
 * The player's failure paths (issue 11): a recording that cannot be fetched,
 * a connection that drops, a damaged recording from the server, and the
 * player's own code failing to load. Each ends with a clear message and the
 * server-rendered transcript stays readable.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const SESSION = '/playground/logs/';
const player = (page: Page) => page.getByRole('region', { name: /Terminal session/ });
/** Opens the session page and reaches for its player, which then starts. */
async function open(page: Page): Promise<void> {
  await page.goto(SESSION);
  await player(page).locator('.cast-screen').hover();
}

test('a recording the server cannot find says so', async ({ page, watch }) => {
  watch.allow(/HTTP 404: .*\/casts\/logs\.cast/);
  watch.allow(/console error: Failed to load resource: .*404.*\/casts\/logs\.cast/);
  await page.route('**/casts/logs.cast', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await open(page);
  await expect(player(page)).toHaveAttribute('data-state', 'error');
  await expect(player(page).getByRole('alert')).toHaveText(/could not be loaded \(HTTP 404\)/);
  await expect(player(page).locator('.cast-entry').first()).toBeVisible();
});

test('offline: a dropped connection says so', async ({ page, watch }) => {
  watch.allow(/request failed: .*\/casts\/logs\.cast/);
  watch.allow(/console error: Failed to load resource/);
  await page.route('**/casts/logs.cast', (route) => route.abort('internetdisconnected'));
  await open(page);
  await expect(player(page).getByRole('alert')).toHaveText(/could not be loaded .*Check your connection/);
});

test('a damaged recording from the server plays up to the bad line', async ({ page }) => {
  await page.route('**/casts/logs.cast', async (route) => {
    const text = await (await route.fetch()).text();
    const lines = text.trimEnd().split('\n');
    await route.fulfill({ status: 200, contentType: 'application/x-asciicast', body: [...lines.slice(0, 6), '[oops'].join('\n') });
  });
  await open(page);
  await expect(player(page)).toHaveAttribute('data-state', 'idle');
  await expect(player(page).getByRole('alert')).toHaveText(/damaged at line 7 \(not valid JSON/);
});

test('when the player code cannot load, the transcript is still there', async ({ page, watch }) => {
  watch.allow(/request failed: .*\/_astro\/cast-player/);
  watch.allow(/console error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED/);
  await page.route(/\/_astro\/cast-player\.[^/]+\.js$/, (route) => route.abort('internetdisconnected'));
  await open(page);
  await expect(player(page).getByRole('alert')).toHaveText(/player could not load \(are you offline\?\)/);
  await expect(player(page).locator('.cast-entry').first()).toBeVisible();
});
