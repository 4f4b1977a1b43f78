/**
 * An exercise page starts its terminal from the host the build saved in the
 * page (src/lib/engine/restore-host.ts), in real Chromium against the built
 * site: a Compose exercise starts without Compose's code, which loads only
 * when a line needs it; a damaged saved host is refused in words, and the
 * page replays the setup instead (loading its parts), so nothing breaks.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const CHUNK = /\/_astro\/(compose|build|curl|tools|resources|later|restore-host)\.[\w-]+\.js$/;

async function start(page: Page, path: string, requested: string[]): Promise<void> {
  page.on('request', (r) => {
    const m = CHUNK.exec(new URL(r.url()).pathname);
    if (m?.[1]) requested.push(m[1]);
  });
  await page.goto(path);
  await page.locator('cn-practice').scrollIntoViewIfNeeded();
  await page.locator('.practice-screen').click();
  await expect(page.locator('cn-practice.is-ready')).toBeVisible();
  await page.locator('.practice-screen .xterm').click();
}

async function type(page: Page, line: string): Promise<void> {
  await page.keyboard.insertText(line);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('log')).toContainText(`$ ${line}`);
}

const main = (page: Page) => page.locator('main[data-exercise-state]');

test('a Compose exercise starts from its saved host without Compose; `compose down` loads it and solves it', async ({ page }) => {
  const requested: string[] = [];
  await start(page, '/practice/compose-down/', requested);
  expect(requested).toEqual(['restore-host']);

  await type(page, 'docker ps --format "{{.Names}} {{.Status}}"');
  await expect(page.getByRole('log')).toContainText('cruddur-backend-flask-1 Up');
  await expect(page.getByRole('log')).toContainText('cruddur-db-1 Up');
  expect(requested).toEqual(['restore-host']);
  await expect(main(page)).toHaveAttribute('data-exercise-state', 'unsolved');

  await type(page, 'docker compose down');
  await expect(page.getByRole('log')).toContainText('Network cruddur_default');
  expect(requested).toContain('compose');
  await expect(main(page)).toHaveAttribute('data-exercise-state', 'solved');

  // Undo goes back to the saved starting state, still without replaying the setup.
  await type(page, 'undo');
  await expect(main(page)).toHaveAttribute('data-exercise-state', 'unsolved');
  await expect(page.locator('[data-practice-host]')).toContainText('cruddur-backend-flask-1');
});

test('a damaged saved host is refused in words; the page replays the setup and works', async ({ page }) => {
  await page.route('**/practice/compose-down/', async (route) => {
    const response = await route.fetch();
    // One container renamed inside the saved host: valid JSON, but not what the build wrote.
    const html = (await response.text()).replace('"name":"cruddur-db-1"', '"name":"cruddur-db-9"');
    expect(html).toContain('"name":"cruddur-db-9"');
    await route.fulfill({ response, body: html });
  });
  const requested: string[] = [];
  await start(page, '/practice/compose-down/', requested);
  await expect(page.getByRole('log')).toContainText(
    "The starting state saved in this page is damaged (its checksum does not match); the exercise's setup is replayed instead.",
  );
  // The setup (`docker compose up -d`) ran in the browser, so Compose loaded as the terminal started.
  expect(requested).toContain('compose');
  await type(page, 'docker ps --format "{{.Names}} {{.Status}}"');
  await expect(page.getByRole('log')).toContainText('cruddur-db-1 Up');
  await expect(main(page)).toHaveAttribute('data-exercise-state', 'unsolved');

  await type(page, 'docker compose down');
  await expect(main(page)).toHaveAttribute('data-exercise-state', 'solved');
});
