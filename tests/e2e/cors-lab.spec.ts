/**
 * The CORS lab page (/cors/) in real Chromium against the built site: every
 * preset linked from the CORS lesson opens and shows the model's verdict, the
 * URL query contract, keyboard use with a polite live region, clear errors that
 * keep what was typed, axe in both themes, and its script only on /cors/.
 * (Whether the verdicts are right is cors-chromium.spec.ts's job.)
 */
import type { Page } from '@playwright/test';
import { test, expect, settled, trackForeignRequests } from './fixtures';
import { axeViolations } from './axe';
import { decide, PRESETS, presetHref, type LabState } from '../../src/lib/cors';

async function expectVerdict(page: Page, state: LabState): Promise<void> {
  const v = decide(state.request, state.server);
  const summary = page.locator('[data-cors-summary]');
  await expect(summary).toHaveAttribute('data-verdict', v.allowed ? 'allowed' : 'blocked');
  await expect(summary).toHaveAttribute('data-preflight', v.preflightSent ? 'sent' : 'not-sent');
  await expect(summary).toContainText(v.via === 'form' ? 'Not blocked: a form submission' : v.allowed ? 'Allowed.' : 'Blocked.');
  const consoleLine = page.locator('[data-console-message]');
  if (v.consoleMessage) await expect(consoleLine).toHaveText(v.consoleMessage);
  else await expect(consoleLine).toHaveCount(0);
}

test('the CORS lesson links every preset, and each opens its case', async ({ page, baseURL }) => {
  await page.goto('/lessons/cors/');
  const links = page.locator('main a[data-preset]');
  await expect(links).toHaveCount(PRESETS.length);
  for (const preset of PRESETS) {
    await expect(page.locator(`main a[data-preset="${preset.id}"]`)).toHaveAttribute('href', presetHref(preset));
  }
  const foreign = trackForeignRequests(page, baseURL ?? '');
  for (const preset of PRESETS) {
    await page.goto(presetHref(preset));
    await expectVerdict(page, preset.state);
  }
  expect(foreign).toEqual([]);
});

test('the query names are the contract: raw headers on preflight and actual response', async ({ page }) => {
  const q = new URLSearchParams([
    ['origin', 'http://localhost:3000'],
    ['url', 'http://localhost:4567/api/activities'],
    ['method', 'PUT'],
    ['header', 'X-Trace: 1'],
    ['header', 'Content-Type: application/json'],
    ['credentials', 'include'],
    ['allow-origin', 'http://localhost:3000'],
    ['allow-methods', 'PUT'],
    ['allow-headers', 'content-type, x-trace'],
    ['allow-credentials', 'true'],
    ['expose-headers', 'X-Request-Id'],
    ['max-age', '600'],
  ]);
  await page.goto(`/cors/?${q}`);
  const summary = page.locator('[data-cors-summary]');
  await expect(summary).toHaveAttribute('data-verdict', 'allowed');
  await expect(summary).toHaveAttribute('data-preflight', 'sent');
  await expect(summary).toContainText('x-request-id');
  await expect(page.locator('.cors-step').filter({ hasText: 'Preflight passes' })).toContainText(
    'Access-Control-Request-Headers: content-type,x-trace',
  );
  await expect(page.getByLabel('Method', { exact: true })).toHaveValue('PUT');
  // Absent means not sent: without allow-credentials the same request is blocked.
  q.delete('allow-credentials');
  await page.goto(`/cors/?${q}`);
  await expect(summary).toHaveAttribute('data-verdict', 'blocked');
  await expect(page.locator('[data-console-message]')).toContainText(
    "The value of the 'Access-Control-Allow-Credentials' header in the response is ''",
  );
});

test('works with the keyboard; the verdict is text in a polite live region and the URL follows', async ({ page }) => {
  await page.goto('/cors/');
  const summary = page.locator('[data-cors-summary]');
  await expect(summary).toHaveAttribute('aria-live', 'polite');
  await expect(summary).toHaveAttribute('data-verdict', 'blocked');
  await page.getByLabel('Method', { exact: true }).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('DELETE');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Request headers', { exact: true })).toBeFocused();
  await page.getByLabel('Send Access-Control-Allow-Origin').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.type('http://localhost:3000');
  await page.getByLabel('Send Access-Control-Allow-Methods').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.type('DELETE');
  await expect(summary).toHaveAttribute('data-verdict', 'allowed');
  await expect(summary).toHaveAttribute('data-preflight', 'sent');
  await expect(summary).toHaveText(/^Allowed\. A preflight is sent/);
  await expect.poll(() => new URL(page.url()).searchParams.get('allow-methods')).toBe('DELETE');
  expect(new URL(page.url()).searchParams.get('method')).toBe('DELETE');
  // flask-cors mode by keyboard: the radio group switches the settings shown.
  await page.getByLabel('flask-cors 6 settings').check();
  await expect(page.locator('[data-cors-code]')).toContainText('CORS(');
  await expect.poll(() => new URL(page.url()).searchParams.get('server')).toBe('flask-cors');
});

test('a mistake gets a clear message and keeps what was typed', async ({ page }) => {
  await page.goto('/cors/?server=flask-cors&fc-origins=%5B%22http%3A%2F%2Flocalhost%3A3000%22');
  await expect(page.getByRole('alert')).toContainText('fc-origins: expected , or ]');
  await expect(page.getByLabel('origins', { exact: true })).toHaveValue('["http://localhost:3000"');
  await expect(page.locator('[data-cors-summary]')).not.toHaveAttribute('data-verdict');
  await page.getByLabel('origins', { exact: true }).fill('["http://localhost:3000"]');
  await expect(page.locator('[data-cors-summary]')).toHaveAttribute('data-verdict', 'allowed');
  await expect(page.getByRole('alert')).toBeHidden();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`a blocked verdict passes axe in the ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const preset = PRESETS.find((p) => p.id === 'cruddur-post-json');
    await page.goto(presetHref(preset!));
    await expect(page.locator('[data-console-message]')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("the lab's script loads on /cors/ only", async ({ page }) => {
  const labScripts = async (path: string) => {
    const bodies: string[] = [];
    const handler = async (res: import('@playwright/test').Response) => {
      if (res.request().resourceType() === 'script' && res.status() === 200) bodies.push(await res.text());
    };
    page.on('response', handler);
    await page.goto(path);
    await settled(page);
    page.off('response', handler);
    return bodies.filter((b) => b.includes('cn-cors-lab')).length;
  };
  expect(await labScripts('/cors/')).toBeGreaterThan(0);
  for (const path of ['/', '/lessons/cors/', '/explain/', '/commands/']) expect(await labScripts(path), path).toBe(0);
});
