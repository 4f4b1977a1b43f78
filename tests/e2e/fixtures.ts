/**
 * The `test` every browser spec imports. It fails a test when its page (`page`,
 * or `sharedPage`) logs a console error, throws an uncaught exception, or a
 * request fails or answers 4xx/5xx, except where a spec says it expects one
 * (`watch.allow`).
 */
import { test as base, expect, type Page } from '@playwright/test';
import { axeSource } from './axe';

export interface Watch {
  /** Problems seen so far: console errors, page errors, failed requests. */
  problems: string[];
  /** Allow problems matching this pattern (e.g. a deliberate 404). */
  allow(pattern: RegExp): void;
  /** Records a problem unless it is allowed. */
  report(problem: string): void;
}

/** Collects what a page reports: console errors, uncaught exceptions, failed or 4xx/5xx requests. */
function watchPage(page: Page, add: (problem: string) => void): void {
  page.on('console', (msg) => {
    if (msg.type() === 'error') add(`console error: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (err) => add(`page error: ${err.message}`));
  page.on('requestfailed', (req) => {
    // A navigation away cancels in-flight requests; that is not a failure of the site.
    if (req.failure()?.errorText === 'net::ERR_ABORTED') return;
    add(`request failed: ${req.url()} (${req.failure()?.errorText})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400) add(`HTTP ${res.status()}: ${res.url()}`);
  });
}

/** Playwright's default, which a new context gets. */
const defaultViewport = { width: 1280, height: 720 };

interface WorkerPage {
  page: Page;
  /** Where the page's problems go: the running test's `watch`. */
  report: (problem: string) => void;
}

export const test = base.extend<{ watch: Watch; sharedPage: Page }, { workerPage: WorkerPage }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  watch: async ({}, use) => {
    const problems: string[] = [];
    const allowed: RegExp[] = [];
    const report = (p: string) => {
      if (!allowed.some((re) => re.test(p))) problems.push(p);
    };
    await use({ problems, allow: (re) => allowed.push(re), report });
  },
  // Every test's own page is watched; a test fails on what its page reported.
  page: async ({ page, watch }, use) => {
    watchPage(page, watch.report);
    await use(page);
    expect(watch.problems, 'console errors, page errors or failed requests').toEqual([]);
  },
  workerPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, serviceWorkers } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, serviceWorkers });
      const shared: WorkerPage = { page: await context.newPage(), report: () => {} };
      // axe-core in every document this page opens: most of its navigations are
      // quality.spec.ts's axe runs, and an init script is compiled once and
      // cached, where evaluating the 0.5 MB source after each load cost about
      // 100 ms a page. It only defines `window.axe`; nothing runs until asked.
      await shared.page.addInitScript({ content: axeSource });
      watchPage(shared.page, (p) => shared.report(p));
      await use(shared);
      await context.close();
    },
    { scope: 'worker' },
  ],
  /**
   * For tests that open a page of their own with `goto` and add no listeners
   * or routes to it: one page per worker, handed from test to test, instead
   * of a new browser context per test. After each test its storage, cookies,
   * media emulation and viewport go back to a new context's. The site's scripts then
   * come from the browser's cache, compiled once. Each test is still its own
   * reported test and fails on the problems seen while it ran (as `page`). A
   * failed test ends its worker (Playwright's rule), so the next test gets a
   * new page. No trace is kept of a retry here (traces are per-test contexts).
   */
  sharedPage: async ({ workerPage, watch }, use) => {
    const { page } = workerPage;
    workerPage.report = watch.report;
    await use(page);
    workerPage.report = () => {};
    expect(watch.problems, 'console errors, page errors or failed requests').toEqual([]);
    // What a test leaves must not reach the next: saved progress makes the
    // practice terminal start on load, a theme choice changes every page.
    if (page.url().startsWith('http')) {
      const clear = () =>
        page.evaluate(() => {
          localStorage.clear();
          sessionStorage.clear();
        });
      // A test may end on a click that is still loading the next page.
      await clear().catch(async () => {
        await page.waitForLoadState();
        await clear();
      });
    }
    await page.context().clearCookies();
    await page.emulateMedia({ colorScheme: 'light', media: 'screen', reducedMotion: 'no-preference' });
    await page.setViewportSize(defaultViewport);
  },
});

export { expect };

/** Every request the page makes must stay on the site's own origin. */
export function trackForeignRequests(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol.startsWith('http') && url.origin !== origin) foreign.push(req.url());
  });
  return foreign;
}

/**
 * Waits until the page has loaded and the browser has had an idle moment:
 * by then every script the page runs on load has run and started what it
 * fetches. A real state to wait for, unlike `networkidle` or a fixed sleep.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => done(), { timeout: 2_000 })));
}

/**
 * Adds up the page's layout shifts (CLS's parts) from its first paint; call
 * before `goto`. `total()` reads the sum; `from()` starts counting afresh at
 * that moment (by each shift's start time, since shifts are reported late).
 */
export async function watchLayoutShifts(page: Page): Promise<{ total(): Promise<number>; from(): Promise<void> }> {
  await page.addInitScript(() => {
    const w = window as unknown as { cnShifts: { sum: number; since: number } };
    w.cnShifts = { sum: 0, since: 0 };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.startTime >= w.cnShifts.since) w.cnShifts.sum += (e as unknown as { value: number }).value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  type Shifts = { cnShifts: { sum: number; since: number } };
  return {
    total: () => page.evaluate(() => (window as unknown as Shifts).cnShifts.sum),
    from: () => page.evaluate(() => void ((window as unknown as Shifts).cnShifts = { sum: 0, since: performance.now() })),
  };
}
