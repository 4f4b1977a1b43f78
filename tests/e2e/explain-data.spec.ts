/**
 * The explainer's data file (/explain/data.<hash>.json, issue 15): the page
 * preloads it and the explainer uses that download (one request, no second);
 * a `?cmd=` link, and whatever is typed before the file arrives, is explained
 * when it does, with nothing moving on the page; and when it cannot load
 * (offline, 404, damaged), the page says so where the answer goes, keeps what
 * was typed, and its button gets the learner going again.
 */
import type { Page, Route } from '@playwright/test';
import { axeViolations } from './axe';
import { test, expect, watchLayoutShifts } from './fixtures';

const DATA = /\/explain\/data\.[0-9a-f]{10}\.json$/;
const box = (page: Page) => page.getByRole('textbox', { name: 'Command to explain' });
const parts = (page: Page) => page.getByRole('list', { name: 'Part by part' });
const problem = (page: Page) => page.getByRole('alert');
/** The one sentence and the one button the problem box shows (it holds one of each per failure). */
async function shown(page: Page): Promise<string[]> {
  await expect(problem(page)).toBeVisible();
  return problem(page).locator('p:visible, button:visible').allInnerTexts();
}
const explainUrl = (cmd: string) => `/explain/?cmd=${encodeURIComponent(cmd)}`;
/** The URL after the explainer has written `cmd` into it (URLSearchParams writes spaces as `+`). */
const writtenUrl = (cmd: string) => `/explain/?${new URLSearchParams({ cmd })}`;

/** Routes the data file through `answer` until `release()`, after which it is served as it is. */
async function holdData(page: Page, answer: (route: Route) => Promise<void>) {
  let held = true;
  await page.route(DATA, (route) => (held ? answer(route) : route.continue()));
  return { release: () => (held = false) };
}

test(
  'the page preloads the data file and the explainer uses that download: one request, started by the HTML',
  { tag: '@nginx' },
  async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const sent: string[] = [];
    cdp.on('Network.requestWillBeSent', (e) => {
      if (DATA.test(new URL(e.request.url).pathname)) sent.push(e.initiator.type);
    });
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (/preload/i.test(m.text())) warnings.push(m.text());
    });
    await page.goto(explainUrl('docker ps -a'));
    await expect(parts(page)).toContainText('docker container ls');
    // Chromium warns about a preload nobody used once the load event has passed; wait past it.
    await page.waitForLoadState('load');
    await page.evaluate(() => new Promise((done) => setTimeout(done, 3_500)));
    // The <link rel="preload"> (the parser's); a fetch() that did not reuse it would add a `script` one.
    expect(sent).toEqual(['parser']);
    expect(warnings).toEqual([]);
  },
);

test('a ?cmd= link is explained when the late data arrives, the examples appearing under it: nothing moves', async ({ page }) => {
  const shifts = await watchLayoutShifts(page);
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const data = await holdData(page, async (route) => {
    await arrived;
    await route.continue();
  });
  await page.goto(explainUrl('docker run --rm -p 8080:80 nginx'), { waitUntil: 'domcontentloaded' });
  await expect(box(page)).toHaveValue('docker run --rm -p 8080:80 nginx');
  // Not by role: while invisible, the heading is out of the accessibility tree.
  const tries = page.locator('#explain-tries-title');
  // Well within the stylesheet's 3 s fallback: the examples wait for the answer.
  await page.waitForTimeout(500);
  await expect(tries).toBeHidden();
  data.release();
  arrive();
  const summary = page.locator('[data-explain-summary]');
  await expect(summary).toContainText('Starts a container from nginx');
  await expect(tries).toBeVisible();
  expect((await tries.boundingBox())!.y).toBeGreaterThan((await summary.boundingBox())!.y);
  expect(await shifts.total()).toBe(0);
});

test('what is typed before the data arrives is explained when it does, and the URL follows', async ({ page }) => {
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const data = await holdData(page, async (route) => {
    await arrived;
    await route.continue();
  });
  await page.goto('/explain/');
  await box(page).fill('docker ps -a');
  await page.waitForTimeout(300);
  await expect(page.locator('[data-explain-output]')).toBeHidden();
  data.release();
  arrive();
  await expect(parts(page)).toContainText('docker container ls');
  await expect(page).toHaveURL(writtenUrl('docker ps -a'));
});

test('offline with nothing cached: says so where the answer goes; Try again explains what was typed meanwhile', async ({ page, watch }) => {
  watch.allow(/explain\/data\.|ERR_INTERNET_DISCONNECTED/);
  const data = await holdData(page, (route) => route.abort('internetdisconnected'));
  await page.goto(explainUrl('docker ps -a'));
  expect(await shown(page)).toEqual([
    'The explainer could not download the list of docker commands it reads, probably because you are offline. What you typed is kept: try again once you are connected.',
    'Try again',
  ]);
  await expect(box(page)).toHaveValue('docker ps -a');
  await expect(page.getByRole('heading', { name: 'Try one' })).toBeVisible();
  await box(page).fill('docker images');
  data.release();
  await problem(page).getByRole('button', { name: 'Try again' }).click();
  await expect(problem(page)).toBeHidden();
  await expect(parts(page)).toContainText('docker image ls');
  await expect(page).toHaveURL(writtenUrl('docker images'));
});

test('a data file the server no longer has (a newer build): Reload the page keeps what was typed', async ({ page, watch }) => {
  watch.allow(/explain\/data\..*404|404.*explain\/data\./);
  const data = await holdData(page, (route) =>
    route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><p>Not found</p>' }),
  );
  await page.goto('/explain/');
  expect(await shown(page)).toEqual([
    'The list of docker commands the explainer reads is no longer on the server: the site has probably been updated since this page was opened. Reload the page to get the new version.',
    'Reload the page',
  ]);
  await box(page).fill('docker volume ls');
  data.release();
  await Promise.all([page.waitForEvent('load'), problem(page).getByRole('button', { name: 'Reload the page' }).click()]);
  await expect(page).toHaveURL(writtenUrl('docker volume ls'));
  await expect(parts(page)).toContainText('docker volume ls');
  await expect(problem(page)).toBeHidden();
});

test('a server error: Try again fetches the file again', async ({ page, watch }) => {
  watch.allow(/explain\/data\..*503|503.*explain\/data\./);
  const data = await holdData(page, (route) => route.fulfill({ status: 503, body: 'busy' }));
  await page.goto(explainUrl('docker compose up -d'));
  expect(await shown(page)).toEqual([
    'The server answered with an error instead of the list of docker commands the explainer reads. Try again in a moment.',
    'Try again',
  ]);
  data.release();
  await problem(page).getByRole('button', { name: 'Try again' }).click();
  await expect(parts(page)).toContainText('docker compose up');
  await expect(problem(page)).toBeHidden();
});

test('a damaged data file is reported, not a blank page or an uncaught error; the report passes axe in both themes', async ({ page }) => {
  await holdData(page, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"docs": [["ps", "Lis' }));
  await page.goto(explainUrl('docker ps'));
  expect(await shown(page)).toEqual([
    'The list of docker commands the explainer reads arrived damaged. Reload the page; if this keeps happening, please report it.',
    'Reload the page',
  ]);
  await expect(page.locator('[data-explain-output]')).toBeHidden();
  await expect(box(page)).toHaveValue('docker ps');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page, 'main'), scheme).toEqual([]);
  }
});
