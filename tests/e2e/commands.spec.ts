/**
 * The command reference in real Chromium (issue 3): the cheat sheet filters as
 * you type (by command, alias, flag or words), `?q=` pre-fills it and follows
 * the box, `/` and Esc work, the count is announced, an empty result offers a
 * site search, and the page reads and prints without JavaScript. Plus a
 * command's own page.
 */
import type { Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { test, expect } from './fixtures';

const total = readdirSync('content/commands').filter((n) => n.endsWith('.yaml')).length;
const box = (page: Page) => page.getByRole('searchbox', { name: 'Filter commands' });
const status = (page: Page) => page.locator('cn-command-filter').getByRole('status');
const commandLink = (page: Page, command: string) => page.getByRole('link', { name: command, exact: true });

/** Slugs of the cheat-sheet commands (cards and rows) that are visible. */
async function visible(page: Page): Promise<string[]> {
  return page
    .locator('cn-command-filter [data-id]:visible')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id ?? '').sort());
}

test.describe('cheat sheet filter', () => {
  test('lists every command, grouped, and counts them', async ({ sharedPage: page }) => {
    await page.goto('/commands/');
    await expect(status(page)).toHaveText(`${total} commands`);
    expect(await visible(page)).toHaveLength(total);
    for (const group of [
      'Run and manage containers',
      'Images',
      'Build',
      'Registries',
      'Compose',
      'Networks',
      'Volumes',
      'Clean up and system',
    ]) {
      await expect(page.getByRole('heading', { level: 2, name: group })).toBeVisible();
    }
  });

  const cases: [string, string[]][] = [
    ['rmi', ['image-rm']],
    ['docker ps', ['compose-ps', 'container-ls', 'node-ps', 'service-ps']],
    ['-p', ['compose', 'compose-run', 'container-create', 'container-run', 'login', 'service-create']],
    ['--rm', ['compose-run', 'container-run']],
    ['-it', ['container-create', 'container-exec', 'container-run']],
    ['environment variable', ['compose-exec', 'compose-run', 'container-create', 'container-exec', 'container-run', 'service-create']],
  ];
  for (const [query, expected] of cases) {
    test(`typing ${JSON.stringify(query)} narrows the list and the URL follows`, async ({ sharedPage: page }) => {
      await page.goto('/commands/');
      await box(page).fill(query);
      await expect(status(page)).toHaveText(`${expected.length} of ${total} commands match`);
      expect(await visible(page)).toEqual(expected);
      await expect(page).toHaveURL(`/commands/?q=${encodeURIComponent(query).replace(/%20/g, '+')}`);
    });
  }

  test('?q= pre-fills the box and filters on arrival', async ({ sharedPage: page }) => {
    await page.goto('/commands/?q=-it');
    await expect(box(page)).toHaveValue('-it');
    expect(await visible(page)).toEqual(['container-create', 'container-exec', 'container-run']);
    // Groups left without a match are hidden, headings included.
    await expect(page.getByRole('heading', { level: 2, name: 'Volumes' })).toBeHidden();
  });

  test('/ focuses the box from anywhere on the page, Esc clears it', async ({ sharedPage: page }) => {
    await page.goto('/commands/?q=rmi');
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('/');
    await expect(box(page)).toBeFocused();
    // The site-wide search dialog stays closed: on this page `/` belongs to the filter.
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(box(page)).toHaveValue('');
    await expect(status(page)).toHaveText(`${total} commands`);
    await expect(page).toHaveURL('/commands/');
    await page.keyboard.type('logs');
    expect(await visible(page)).toEqual(['buildx-history-logs', 'compose-logs', 'container-logs']);
  });

  test('an empty result says so and offers a search of the whole site', async ({ sharedPage: page }) => {
    await page.goto('/commands/');
    await box(page).fill('kubectl apply');
    await expect(status(page)).toHaveText(`0 of ${total} commands match`);
    await expect(page.getByText('No command matches')).toBeVisible();
    const search = page.getByRole('link', { name: 'Search the whole site for kubectl apply' });
    await expect(search).toHaveAttribute('href', '/search/?q=kubectl%20apply');
  });

  test('rows link to their command pages', async ({ sharedPage: page }) => {
    await page.goto('/commands/?q=rmi');
    await commandLink(page, 'docker rmi').click();
    await expect(page).toHaveURL('/commands/image-rm/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('docker image rm');
  });
});

test.describe('cheat sheet without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows every command and no filter box', async ({ page }) => {
    await page.goto('/commands/?q=rmi');
    expect(await visible(page)).toHaveLength(total);
    await expect(box(page)).toBeHidden();
    await expect(commandLink(page, 'docker run')).toBeVisible();
    await expect(page.getByText('docker run', { exact: true }).first()).toBeVisible();
  });

  test('prints the commands without the page chrome or the filter', async ({ page }) => {
    await page.goto('/commands/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.cheat-toc')).toBeHidden();
    expect(await visible(page)).toHaveLength(total);
    await expect(page.locator('.cheat-cards').first()).toHaveCSS('column-count', '2');
  });
});

test.describe('a command page', () => {
  test('has usage, options, examples that link to the explainer, mistakes and lessons', async ({ sharedPage: page }) => {
    await page.goto('/commands/container-run/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('docker container run');
    await expect(page.getByText('Also written docker run')).toBeVisible();
    await expect(page.getByRole('rowheader', { name: '-p, --publish', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Common mistakes' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'The Docker CLI: build, run and manage containers' })).toHaveAttribute(
      'href',
      '/lessons/docker-cli/',
    );
    await page.getByRole('link', { name: 'Explain this command: docker run --rm -p 4567:4567 -it backend-flask' }).click();
    await expect(page).toHaveURL(/\/explain\/\?cmd=docker\+run|\/explain\/\?cmd=docker%20run/);
    await expect(page.getByRole('textbox', { name: 'Command to explain' })).toHaveValue('docker run --rm -p 4567:4567 -it backend-flask');
    await expect(page.getByRole('list', { name: 'Part by part' })).toContainText('docker container run');
  });

  test("lists the flags it does not describe yet, from Docker's table", async ({ sharedPage: page }) => {
    await page.goto('/commands/container-run/');
    await page.getByText(/more options from Docker's reference/).click();
    await expect(page.getByText('--cpu-shares', { exact: true })).toBeVisible();
  });
});
