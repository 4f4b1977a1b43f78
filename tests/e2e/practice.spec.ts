/**
 * The practice terminal (issue 14) in real Chromium against the built site:
 * every exercise solved by typing its model solution into the terminal and
 * reading the role="log" mirror, progress kept across a reload, share links,
 * editing keys, a refused paste, and axe in both themes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Locator, Page } from '@playwright/test';
import { test, expect, settled } from './fixtures';
import { axeViolations } from './axe';

interface ExerciseFile {
  id: string;
  solution: string[];
}

const exercises: ExerciseFile[] = readdirSync('content/exercises')
  .filter((n) => n.endsWith('.yaml'))
  .sort()
  .map((n) => ({
    id: n.replace(/\.yaml$/, ''),
    solution: (parse(readFileSync(`content/exercises/${n}`, 'utf8')) as { solution: string[] }).solution,
  }));

const log = (page: Page): Locator => page.getByRole('log');
const state = (page: Page): Locator => page.locator('main[data-exercise-state]');

/** Pastes text into the terminal the way a browser does: a paste event with clipboard data. */
async function paste(page: Page, text: string): Promise<void> {
  await page.locator('.practice-screen textarea').evaluate((area, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** Starts the terminal as a reader does on a first visit (a click into it; below the list on /practice/) and waits for it. */
async function ready(page: Page): Promise<void> {
  await page.locator('cn-practice').scrollIntoViewIfNeeded();
  await page.locator('.practice-screen').click();
  await expect(page.locator('cn-practice.is-ready')).toBeVisible();
}

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await ready(page);
  await page.locator('.practice-screen .xterm').click();
}

/** Types one line into the terminal and waits for the mirror to show it ran. */
async function typeLine(page: Page, line: string): Promise<void> {
  const before = await log(page).locator('> div').count();
  // One input event for the line (as an IME or dictation sends it), not a
  // key event per character: xterm hands it to the same onData handler,
  // which splits it into the same editor keys. The editing keys themselves
  // are typed one by one in the line-editing test.
  await page.keyboard.insertText(line);
  await page.keyboard.press('Enter');
  await expect.poll(async () => log(page).locator('> div').count()).toBeGreaterThan(before);
  await expect(log(page)).toContainText(`$ ${line}`);
}

// One page per worker goes from exercise to exercise (`sharedPage`): the
// terminal's code then comes from the browser's cache, compiled once, instead
// of a new browser context and a cold start per exercise. Each exercise page
// starts from its own setup (progress is kept per exercise), and each is its
// own test, named after the exercise.
test.describe('every exercise is solved by its model solution', () => {
  for (const { id, solution } of exercises) {
    test(id, async ({ sharedPage: page }) => {
      await open(page, `/practice/${id}/`);
      await expect(state(page)).toHaveAttribute('data-exercise-state', 'unsolved');
      await expect(page.locator('[data-practice-missing] li').first()).toBeVisible();
      for (const line of solution) await typeLine(page, line);
      await expect(state(page)).toHaveAttribute('data-exercise-state', 'solved');
      await expect(page.locator('[data-practice-golf]')).toHaveText(
        `Commands used: ${solution.length}. The model solution uses ${solution.length}.`,
      );
    });
  }
});

test('a first visit shows the starting state with no terminal code; a click starts it and keeps what is typed meanwhile', async ({
  page,
}) => {
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(r.url()));
  await page.goto('/practice/run-backend/');
  await settled(page);
  expect(loaded.filter((u) => /xterm|engine|practice-terminal/i.test(u))).toEqual([]);
  // Drawn at build time from the exercise's setup, as the engine would draw it.
  await expect(page.getByRole('region', { name: 'This host' })).toContainText('Images (2)');
  await expect(page.getByRole('region', { name: 'This host' })).toContainText('backend-flask:1.0.0');
  await expect(page.locator('[data-practice-missing] li')).toHaveText([
    'there is no container named `backend` from `backend-flask:1.0.0` yet',
  ]);
  await expect(page.locator('.practice-screen')).toContainText('learner@practice:~/cruddur$');
  // Where the terminal's box sits on the page (not in the viewport: the click may scroll).
  const place = () =>
    page.locator('.practice-screen').evaluate((e) => {
      const r = e.getBoundingClientRect();
      return { top: r.top + window.scrollY, left: r.left, width: r.width, height: r.height };
    });
  const before = await place();
  await page.locator('.practice-screen').click();
  // Typed at once, while the terminal's code is still loading.
  await page.keyboard.type('docker images');
  await page.keyboard.press('Enter');
  await expect(page.locator('cn-practice.is-ready')).toBeVisible();
  await expect(log(page)).toContainText('$ docker images');
  await expect(log(page)).toContainText('backend-flask');
  expect(await place()).toEqual(before);
  await expect(page.getByRole('region', { name: 'This host' })).toContainText('Images (2)');
});

test('progress survives a reload and shows as done in the list', async ({ page }) => {
  const { id, solution } = exercises.find((e) => e.id === 'publish-localhost')!;
  await open(page, `/practice/${id}/`);
  for (const line of solution) await typeLine(page, line);
  await expect(state(page)).toHaveAttribute('data-exercise-state', 'solved');
  await page.reload();
  await ready(page);
  await expect(state(page)).toHaveAttribute('data-exercise-state', 'solved');
  await expect(log(page)).toContainText('Restored 1 command from your last visit.');
  await expect(page.locator('[data-practice-host]')).toContainText('127.0.0.1:8080→80/tcp');
  await page.goto('/practice/');
  await expect(page.locator(`[data-exercise-item="${id}"] [data-done-mark]`)).toBeVisible();
  await expect(page.locator('[data-exercise-item="run-backend"] [data-done-mark]')).toBeHidden();
});

test('undo takes back the last command and reset goes back to the start', async ({ page }) => {
  await open(page, '/practice/publish-localhost/');
  await typeLine(page, 'docker run -d --name web -p 127.0.0.1:8080:80 nginx:latest');
  await expect(state(page)).toHaveAttribute('data-exercise-state', 'solved');
  await typeLine(page, 'undo');
  await expect(log(page)).toContainText('Undone: docker run -d --name web');
  await expect(state(page)).toHaveAttribute('data-exercise-state', 'unsolved');
  await typeLine(page, 'docker pull alpine');
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.locator('[data-practice-host]')).toContainText('No images.');
});

test('a share link rebuilds the same state', async ({ page }) => {
  await open(page, '/practice/');
  await typeLine(page, 'docker network create shared-net');
  await page.getByRole('button', { name: 'Share link' }).click();
  const url = await page.locator('[data-practice-share-url]').inputValue();
  expect(url).toMatch(/\/practice\/#run=[\w-]+$/);
  await page.evaluate(() => localStorage.clear());
  // A link opened fresh, not a jump within the same document.
  await page.goto('/');
  await page.goto(url);
  await ready(page);
  await expect(log(page)).toContainText('Rebuilt from a shared link: 1 command.');
  await expect(page.getByRole('region', { name: 'This host' })).toContainText('shared-net');
});

test('line editing, completion, history, Ctrl-C and a refused paste', async ({ page }) => {
  await open(page, '/practice/');
  // Tab completes the command group; Left and Ctrl-A/E move inside the line.
  await page.keyboard.type('docker netw');
  await page.keyboard.press('Tab');
  await page.keyboard.type('ls');
  await page.keyboard.press('Enter');
  await expect(log(page)).toContainText('$ docker network ls');
  await expect(log(page)).toContainText('bridge');
  // Up brings the line back; Ctrl-U empties it; Ctrl-C cancels a line without running it.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Control+u');
  await page.keyboard.type('pwd');
  await page.keyboard.press('Enter');
  await expect(log(page)).toContainText('$ pwd');
  await page.keyboard.type('docker rm everything');
  await page.keyboard.press('Control+c');
  await typeLine(page, 'vim');
  await expect(log(page)).not.toContainText('$ docker rm everything');
  await expect(log(page)).toContainText('this practice host does not run `vim`');
  await typeLine(page, 'nosuchprog');
  await expect(log(page)).toContainText('bash: nosuchprog: command not found');
  // A container in the foreground holds the terminal until Ctrl-C stops it.
  await typeLine(page, 'docker run --name fg -p 8080:80 nginx');
  await typeLine(page, 'docker ps');
  await expect(log(page)).toContainText('press Ctrl+C to stop it');
  await page.keyboard.press('Control+c');
  await typeLine(page, 'docker ps -a');
  await expect(log(page)).toContainText('Exited (0)');
  // Several pasted lines run in order.
  await paste(page, 'docker volume create one\ndocker volume create two\n');
  await expect(page.getByRole('region', { name: 'This host' })).toContainText('Volumes (2)');
  // A 100 KB paste is refused whole.
  await paste(page, 'x'.repeat(101 * 1024));
  await expect(log(page)).toContainText('paste refused');
});

test('explain breaks a command line into its parts, loaded on first use', async ({ page }) => {
  await open(page, '/practice/');
  await typeLine(page, 'explain docker run -d -p 8080:80 nginx');
  await expect(log(page)).toContainText('--publish');
  await expect(log(page)).toContainText('--detach');
  await page.keyboard.type('docker exec web -it bash');
  await page.getByRole('button', { name: 'Explain the line' }).click();
  await expect(log(page)).toContainText('Problem:');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`an exercise page with output passes axe in the ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, '/practice/run-backend/');
    await typeLine(page, 'docker images');
    await page.getByRole('button', { name: /Show a hint/ }).click();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the practice list passes axe, and lessons link to their exercises', async ({ page }) => {
  await open(page, '/practice/');
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('/lessons/docker-cli/');
  const tryIt = page.getByRole('region', { name: 'Try it' });
  await expect(tryIt.getByRole('link', { name: 'Run the backend with the right flags' })).toHaveAttribute('href', '/practice/run-backend/');
});

test('pages without a practice terminal load no terminal or engine code', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(r.url()));
  await page.goto('/lessons/docker-cli/');
  await page.waitForLoadState('load');
  expect(loaded.filter((u) => /practice|xterm|engine/i.test(u))).toEqual([]);
});
