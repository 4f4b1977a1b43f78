/**
 * The cheat sheet people use (issue 15): task order, the typed form first,
 * examples with Copy and Explain, the matched flag named and marked, a height
 * of about four screens at 1280×800 (also with ~95 commands), and the
 * one-page printable top commands sheet.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { axeViolations } from './axe';

const box = (page: Page) => page.getByRole('searchbox', { name: 'Filter commands' });
const item = (page: Page, id: string) => page.locator(`[data-id="${id}"]`);
/** About four screens of 800 px. */
const MAX_HEIGHT = 3200;
const pageHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);

test.describe('the cheat sheet at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('fits in about four screens, and still does with ~95 commands', async ({ page }) => {
    await page.goto('/commands/');
    expect(await pageHeight(page)).toBeLessThanOrEqual(MAX_HEIGHT);
    // The reference is growing to ~95 commands, nearly all of them one-line
    // rows: copies of rows, spread over the groups, stand in for them.
    const grown = await page.evaluate(() => {
      const lists = [...document.querySelectorAll('.cheat-rows')];
      for (let n = document.querySelectorAll('[data-id]').length, i = 0; n < 95; n++, i++) {
        const list = lists[i % lists.length]!;
        list.append(list.firstElementChild!.cloneNode(true));
      }
      return document.querySelectorAll('[data-id]').length;
    });
    // The reference has since grown past 95 for real; then nothing is copied.
    expect(grown).toBeGreaterThanOrEqual(95);
    expect(await pageHeight(page)).toBeLessThanOrEqual(MAX_HEIGHT + 100);
  });

  test('groups follow the tasks, from running containers to cleaning up', async ({ page }) => {
    await page.goto('/commands/');
    await expect(page.locator('.cheat-group h2')).toHaveText([
      'Run and manage containers',
      'Images',
      'Build',
      'Registries',
      'Compose',
      'Networks',
      'Volumes',
      'Clean up and system',
    ]);
    // The first card is the command people start with, not `docker container cp`.
    await expect(page.locator('.cheat-card .cheat-name').first()).toHaveText('docker run');
    // Every prune is in the clean-up group.
    for (const id of ['container-prune', 'image-prune', 'volume-prune', 'system-prune']) {
      await expect(page.locator('#group-system').locator(`[data-id="${id}"]`)).toHaveCount(1);
    }
  });

  test('shows the form people type first, the long form below it', async ({ page }) => {
    await page.goto('/commands/');
    const ps = item(page, 'container-ls');
    await expect(ps.getByRole('heading', { level: 3 })).toHaveText('docker ps');
    await expect(ps.locator('.cheat-long')).toHaveText('docker container ls');
    await expect(item(page, 'image-rm').getByRole('heading', { level: 3 })).toHaveText('docker rmi');
    await expect(item(page, 'compose-up').getByRole('heading', { level: 3 })).toHaveText('docker compose up');
  });

  test('cards have examples to copy and to explain', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/commands/');
    const cards = page.locator('.cheat-card');
    for (const card of await cards.all()) {
      const n = await card.locator('.cheat-ex').count();
      expect(n, (await card.locator('h3').textContent()) ?? '').toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(2);
    }
    const run = item(page, 'container-run');
    const example = (await run.locator('.cheat-ex pre').first().textContent())!.trim();
    expect(example).toMatch(/^docker run /);
    await run.getByRole('button', { name: 'Copy code to clipboard' }).first().click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(example);
    await run.getByRole('link', { name: `Explain ${example}` }).click();
    await expect(page).toHaveURL(`/explain/?cmd=${encodeURIComponent(example)}`);
    await expect(page.getByRole('textbox', { name: 'Command to explain' })).toHaveValue(example);
  });

  test('"-p" names and marks the flag it matched: publish, password or project-name', async ({ page }) => {
    await page.goto('/commands/?q=-p');
    const expected: [string, string][] = [
      ['container-run', '-p, --publish'],
      ['login', '-p, --password'],
      ['compose', '-p, --project-name'],
    ];
    for (const [id, flag] of expected) {
      const match = item(page, id).locator('[data-match]');
      await expect(match).toBeVisible();
      await expect(match.locator('code')).toHaveText(flag);
      await expect(match.locator('code mark')).toHaveText('-p');
    }
    // Words are marked where they matched, and the marks go when the box is cleared.
    await box(page).fill('environment');
    await expect(item(page, 'container-run').locator('[data-match] mark').first()).toHaveText(/^environment/i);
    await box(page).fill('');
    await expect(page.locator('cn-command-filter mark')).toHaveCount(0);
    await expect(page.locator('[data-match]:visible')).toHaveCount(0);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe passes with the filter's marks in the ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/commands/?q=-p');
      await expect(page.locator('cn-command-filter mark').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('the top commands sheet', () => {
  test('links from the cheat sheet and lists the everyday commands as typed', async ({ page }) => {
    await page.goto('/commands/');
    await page.getByRole('link', { name: 'top commands on one page' }).click();
    await expect(page).toHaveURL('/commands/top/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Top Docker commands');
    await expect(page.getByRole('link', { name: 'docker ps', exact: true })).toHaveAttribute('href', '/commands/container-ls/');
    expect(await page.locator('.top-item').count()).toBeGreaterThanOrEqual(20);
  });

  test('prints on one A4 page', async ({ page }) => {
    await page.goto('/commands/top/');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
  });

  test('the full cheat sheet still prints every command', async ({ page }) => {
    await page.goto('/commands/');
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    // Far fewer than the eight pages it took as one card per command.
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(6);
  });
});
