/**
 * The Dockerfile and compose explainer on /explain/ (issue 19), in real
 * Chromium against the built site: pasting or choosing a file explains it,
 * its code loads only then, bad input gets a line and column, a 1 MB paste
 * leaves the page working, and the result passes axe in both themes.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { axeViolations } from './axe';

const example = (name: string) => readFileSync(`src/lib/files/examples/${name}`, 'utf8');

const box = (page: Page) => page.getByRole('textbox', { name: 'Command to explain' });
const result = (page: Page) => page.locator('cn-file-explainer');
const findings = (page: Page) => page.getByRole('list', { name: 'Findings' });

test.describe('file explainer', () => {
  test('a pasted Dockerfile is explained; its code loads only then', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (r) => {
      // Scripts only: Astro links the small stylesheet with the page, so nothing shifts when results appear.
      if (/file-explainer\.[\w-]+\.js|dockerfile-worker|compose-worker/.test(r.url())) loaded.push(r.url());
    });
    await page.goto('/explain/');
    await expect(page.getByRole('button', { name: 'Course backend Dockerfile' })).toBeVisible();
    expect(loaded).toEqual([]);
    await box(page).fill(example('course-backend.Dockerfile'));
    await expect(result(page)).toContainText(
      'This image will run python3 -m flask run --host=0.0.0.0 --port=4567 in /backend-flask as root.',
    );
    expect(loaded.some((u) => u.includes('dockerfile-worker'))).toBe(true);
    expect(loaded.some((u) => u.includes('compose-worker'))).toBe(false);
    await expect(findings(page).locator('[data-rule]')).toHaveCount(5);
    await expect(findings(page)).toContainText('FlaskEnvRemoved · line 10, column 1');
    await expect(findings(page)).toContainText('UndefinedVar · line 12, column 1');
    const lines = page.getByRole('list', { name: 'Instruction by instruction' });
    await expect(lines).toContainText('Copies requirements.txt from the build context');
    await expect(lines).toContainText('to /backend-flask/requirements.txt');
    // The command explainer's output stays out of the way.
    await expect(page.locator('[data-explain-output]')).toBeHidden();
    // A live region, not a second role=status: the command explainer owns that one.
    await expect(page.locator('[data-file-status]')).toHaveText('Explained the Dockerfile: 8 instructions, 5 findings (0 errors).');
  });

  test('the course compose example shows networks, ports, variables and a diagram', async ({ page }) => {
    await page.goto('/explain/');
    await page.getByRole('button', { name: 'Course compose file' }).click();
    await expect(box(page)).toHaveValue(example('course-compose.yaml'));
    const nets = page.getByRole('list', { name: 'Networks' });
    await expect(nets).toContainText(
      'myapp_default (the default network): backend-flask, frontend-react-js — each reaches the others by service name.',
    );
    await expect(nets).toContainText('cruddur: no service on it.');
    await expect(result(page)).toContainText('host 0.0.0.0:4567 → container 4567, reachable from every address of the host');
    await expect(result(page)).toContainText('${GITPOD_WORKSPACE_ID} — not set here');
    await expect(findings(page)).toContainText('ObsoleteVersion · line 1, column 1');
    const diagram = page.getByRole('img', { name: /docker compose up creates/ });
    await expect(diagram).toBeVisible();
    await expect(diagram.locator('text')).toContainText(['Your machine (published ports)', '4567 → 4567']);
    await expect(page.locator('.file-diagram-text')).toContainText('Network cruddur: no service joins it.');
  });

  test('a chosen file is explained', async ({ page }) => {
    await page.goto('/explain/');
    await page.getByLabel('Choose a file').setInputFiles({
      name: 'compose.yaml',
      mimeType: 'text/plain',
      buffer: Buffer.from(readFileSync('tests/fixtures/files/compose/two-networks.yaml')),
    });
    await expect(page.getByRole('list', { name: 'Networks' })).toContainText('myapp_backend: api, db');
  });

  test('broken files: schema violation, YAML error and unknown instruction with line and column', async ({ page }) => {
    await page.goto('/explain/');
    await page.getByRole('button', { name: 'A broken compose file' }).click();
    await expect(findings(page)).toContainText(
      'SchemaViolation · line 25, column 5. netwroks is not a Compose key allowed in services.db.',
    );
    await box(page).fill(readFileSync('tests/fixtures/files/compose/invalid-yaml.yaml', 'utf8'));
    await expect(findings(page)).toContainText('YamlSyntax · line 6, column 6. All mapping items must start at the same column');
    await page.getByRole('button', { name: 'A broken Dockerfile' }).click();
    await expect(findings(page)).toContainText('UnknownInstruction · line 14, column 3');
  });

  test('a 1 MB paste is cut with a clear message and the page stays usable', async ({ page }) => {
    // Two cores shared by many jobs here: explaining 100 KB can take seconds (in a worker, so the page stays usable).
    test.setTimeout(90_000);
    await page.goto('/explain/');
    const big = 'FROM python:3.12-slim\n' + 'RUN echo "a line of filler text for the size test"\n'.repeat(20_000);
    expect(big.length).toBeGreaterThan(1_000_000);
    await box(page).evaluate((el, text) => {
      (el as HTMLTextAreaElement).value = text;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, big);
    // The work runs in a worker: the page answers while it goes on.
    await box(page).focus();
    await expect(box(page)).toBeFocused();
    await expect(result(page)).toContainText(
      /The text is \d+ KB, more than the 100 KB this explainer reads: only lines 1–\d+ are explained; it stops at line \d+, column 1\./,
      { timeout: 30_000 },
    );
    await expect(result(page)).toContainText('Only the first 400 of', { timeout: 30_000 });
    await box(page).fill('docker ps -a');
    await expect(page.locator('[data-explain-output]')).toBeVisible();
    await expect(result(page)).toBeHidden();
  });
});

test.describe('file explainer: accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`a compose result and a Dockerfile result pass axe in the ${scheme} theme`, async ({ page }) => {
      // Three axe runs over long results, on a shared machine.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/explain/');
      for (const name of ['A broken compose file', 'A broken Dockerfile', 'Course compose file']) {
        await page.locator('[data-file-status]').evaluate((el) => (el.textContent = ''));
        await page.getByRole('button', { name }).click();
        await expect(page.locator('[data-file-status]')).toContainText('Explained the', { timeout: 30_000 });
        await expect(findings(page)).toBeVisible();
        const violations = await axeViolations(page, 'main');
        expect(violations, name).toEqual([]);
      }
    });
  }
});
