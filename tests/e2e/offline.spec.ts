/**
 * Offline, in real Chromium with the real service worker: load the site once,
 * go offline, and open pages never visited, the cheat sheet, a search, the
 * command explainer and a recorded session; then deploy a new build and see
 * the update notice. The spec serves its own copy of dist/ so that
 * "deploying" touches no other spec.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { serveFolder, type StaticServer } from './static-server';

test.use({ serviceWorkers: 'allow' });
test.describe.configure({ mode: 'serial' });

let site: StaticServer;
let root: string;

test.beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'cn-offline-'));
  cpSync('dist', root, { recursive: true });
  site = await serveFolder(root);
});
test.afterAll(async () => {
  await site?.close();
  rmSync(root, { recursive: true, force: true });
});

/** Loads the home page and waits until the worker controls it and has cached every precached URL. */
async function installWorker(page: Page): Promise<number> {
  await page.goto(`${site.url}/`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
  const expected = readFileSync(join(root, 'sw.js'), 'utf8').match(/^const PRECACHE = (\[.*\]);$/m)?.[1] ?? '[]';
  const count = (JSON.parse(expected) as string[]).length + 1; // + the 404 page, stored apart
  await page.waitForFunction(
    async (n) => {
      const names = await caches.keys();
      const mine = names.find((name) => name.startsWith('container-notes-'));
      return mine ? (await (await caches.open(mine)).keys()).length >= n : false;
    },
    count,
    { timeout: 20_000 },
  );
  return count;
}

async function offline(context: BrowserContext, page: Page, path: string): Promise<void> {
  await context.setOffline(true);
  const response = await page.goto(`${site.url}${path}`);
  expect(response?.status(), `${path} offline`).toBe(200);
}

test('after one visit, the course works offline', async ({ page, context, watch }) => {
  watch.allow(/no-such-page/);
  expect(await installWorker(page)).toBeGreaterThan(50);
  await offline(context, page, '/lessons/volumes/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[data-quiz] fieldset').first()).toBeAttached();

  await offline(context, page, '/commands/?q=--rm');
  await expect(page.locator('main')).toContainText('--rm');

  await offline(context, page, '/search/?q=volume');
  await expect(page.locator('main a[href*="/lessons/"]').first()).toBeVisible({ timeout: 15_000 });

  // The explainer's data is a file of its own (/explain/data.<hash>.json): precached like the page.
  await offline(context, page, '/explain/?cmd=docker%20ps%20-a');
  await expect(page.getByRole('list', { name: 'Part by part' })).toContainText('docker container ls');
  await expect(page.getByRole('alert')).toBeHidden();

  // A practice exercise, never opened online: the terminal and the engine run
  // from the cache, and solving it works.
  await offline(context, page, '/practice/check-versions/');
  await page.locator('cn-practice').scrollIntoViewIfNeeded();
  // On a first visit the terminal starts when the reader clicks into it.
  await page.locator('.practice-screen').click();
  await expect(page.locator('cn-practice.is-ready')).toBeVisible({ timeout: 15_000 });
  await page.locator('.practice-screen .xterm').click();
  for (const line of ['docker version', 'docker run hello-world']) {
    await page.keyboard.type(line);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('log')).toContainText(`$ ${line}`);
  }
  await expect(page.locator('main[data-exercise-state]')).toHaveAttribute('data-exercise-state', 'solved');

  await offline(context, page, '/lessons/compose');
  await expect(page).toHaveURL(/\/lessons\/compose$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await context.setOffline(true);
  const missing = await page.goto(`${site.url}/no-such-page/`);
  expect(missing?.status()).toBe(404);
  await expect(page.locator('main')).toContainText(/not found|no page/i);
  await context.setOffline(false);
});

test('a new deployment shows "a new version is available", and Reload switches to it', async ({ page }) => {
  await installWorker(page);
  // Deploy: the worker a new build writes has a new VERSION.
  const sw = join(root, 'sw.js');
  const before = readFileSync(sw, 'utf8');
  writeFileSync(sw, before.replace(/^const VERSION = "([0-9a-f]+)";$/m, 'const VERSION = "$1-next";'));
  try {
    await page.reload();
    const notice = page.getByRole('status').filter({ hasText: 'A new version of Container Notes is available.' });
    await expect(notice).toBeVisible({ timeout: 20_000 });
    // The new worker takes over, and the page reloads itself once it has.
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
    await expect
      .poll(() => page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('container-notes-'))))
      .toEqual([expect.stringMatching(/-next$/)]);
    await expect(page.getByRole('status').filter({ hasText: 'A new version' })).toHaveCount(0);
  } finally {
    writeFileSync(sw, before);
  }
});

test("the service worker installs and takes control under the site's own server and CSP", { tag: '@nginx' }, async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
  expect(new URL(scope!).pathname).toBe('/');
});
