/**
 * The practice terminal's engine parts (src/lib/engine/parts.ts) in real
 * Chromium against the built site: the terminal starts without them, a line
 * that needs one loads it and prints its output, keys typed while it loads
 * are kept in order, and the first Tab loads completion.
 */
import type { Page, Route } from '@playwright/test';
import { test, expect } from './fixtures';

const PART = /\/_astro\/(compose|build|curl|tools|resources|later|tab-completion)\.[\w-]+\.js$/;

async function start(page: Page, requested: string[]): Promise<void> {
  page.on('request', (r) => {
    const m = PART.exec(new URL(r.url()).pathname);
    if (m?.[1]) requested.push(m[1]);
  });
  await page.goto('/practice/');
  await page.locator('cn-practice').scrollIntoViewIfNeeded();
  await page.locator('.practice-screen').click();
  await expect(page.locator('cn-practice.is-ready')).toBeVisible();
  await page.locator('.practice-screen .xterm').click();
}

const log = (page: Page) => page.getByRole('log');

test('the terminal starts without its parts; the first compose line loads them and runs', async ({ page }) => {
  const requested: string[] = [];
  await start(page, requested);
  await page.keyboard.insertText('docker run -d --name web -p 8080:80 nginx');
  await page.keyboard.press('Enter');
  await expect(log(page)).toContainText('$ docker run -d --name web -p 8080:80 nginx');
  expect(requested).toEqual([]);

  await page.keyboard.insertText('docker compose up -d');
  await page.keyboard.press('Enter');
  await expect(log(page)).toContainText('Container cruddur-backend-flask-1');
  // Compose's code and its commands' facts; not the facts of other commands, nor other parts.
  expect(requested).toContain('compose');
  expect(requested).not.toContain('later');
  expect(requested).not.toContain('resources');
  await expect(page.locator('[data-practice-host]')).toContainText('cruddur-backend-flask-1');
});

test('keys typed while a part loads are kept and run in order', async ({ page }) => {
  const requested: string[] = [];
  // Hold the resources part back until both lines are typed, so the wait is real.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/resources\.[\w-]+\.js$/, async (route: Route) => {
    await held;
    await route.continue();
  });
  await start(page, requested);
  await page.keyboard.insertText('docker network create internal');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('docker network ls --format "{{.Name}}"');
  await page.keyboard.press('Enter');
  await expect.poll(() => requested).toContain('resources');
  release();
  await expect(log(page)).toContainText('$ docker network ls --format "{{.Name}}"');
  const text = (await log(page).textContent()) ?? '';
  const created = text.indexOf('$ docker network create internal');
  const listed = text.indexOf('$ docker network ls');
  expect(created).toBeGreaterThan(-1);
  expect(listed).toBeGreaterThan(created);
  expect(text.slice(listed)).toMatch(/\binternal\b/);
});

test('the first Tab loads completion and completes', async ({ page }) => {
  const requested: string[] = [];
  await start(page, requested);
  expect(requested).not.toContain('tab-completion');
  await page.keyboard.insertText('docker comp');
  await page.keyboard.press('Tab');
  await page.keyboard.insertText('version');
  await page.keyboard.press('Enter');
  await expect(log(page)).toContainText('$ docker compose version');
  await expect(log(page)).toContainText('Docker Compose version v5.0.0');
  expect(requested).toContain('tab-completion');
});

test('a part that cannot load is said plainly, the line does not run, and the terminal goes on', async ({ page, watch }) => {
  watch.allow(/\/_astro\/compose\.|Failed to load|Failed to fetch|dynamically imported module/);
  await page.route(/\/_astro\/compose\.[\w-]+\.js$/, (route: Route) => route.abort('internetdisconnected'));
  await start(page, []);
  await page.keyboard.insertText('docker compose up -d');
  await page.keyboard.press('Enter');
  await expect(log(page)).toContainText('could not load');
  await expect(page.locator('[data-practice-host]')).not.toContainText('cruddur-backend-flask-1');
  await page.keyboard.insertText('docker run -d --name web nginx');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-practice-host]')).toContainText('web');
  // The failed line was not counted or saved: only the docker run is.
  const saved = await page.evaluate(() => localStorage.getItem('container-notes:v1') ?? '');
  expect(saved).toContain('docker run -d --name web nginx');
  expect(saved).not.toContain('docker compose up -d');
});
