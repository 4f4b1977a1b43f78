import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, testChromiumPath } from './scripts/lib/chromium.mjs';

/**
 * Browser tests: real Chromium (Debian's chromium-headless-shell, else its
 * chromium; or CHROMIUM_PATH), never a downloaded browser, against the built
 * site in dist/. Each project is one way of serving that site, and runs what
 * that server proves:
 *
 *   preview  (what `npm start` runs) every spec, axe on every page: all of
 *            them, new ones included, unless a spec is nginx-only.
 *   nginx    the image's config: the CSP/header spec, plus the flows tagged
 *            `@nginx` (play a session, explain, search, copy, 404) that must
 *            also work under the real Content-Security-Policy. Tag a test
 *            `{ tag: '@nginx' }` to run it there too.
 *   preview-alone  the specs that time the main thread (replay-hostile): last,
 *            after both projects, so no other browser shares the cores. Run
 *            it by itself with `--project=preview-alone --no-deps`.
 *
 * Servers bind 127.0.0.1 only and Playwright stops them when the run ends.
 */
const previewPort = Number(process.env.E2E_PREVIEW_PORT ?? 4391);
// `nginx`: the same site behind the image's nginx config (scripts/serve-nginx.mjs).
const nginxPort = Number(process.env.E2E_NGINX_PORT ?? 8391);
// Specs that time the main thread (long tasks): run alone, after the others.
const soloSpecs = /replay-hostile\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  forbidOnly: !!process.env.CI,
  // Tests of one file are spread over both workers too: quality.spec.ts alone
  // is a hundred independent page checks.
  fullyParallel: true,
  // On CI a test that fails is run twice more and a trace of the first retry
  // is kept (test-results/e2e-artifacts): a flake shows up as "flaky" in the
  // report instead of failing the run, with what happened recorded.
  retries: process.env.CI ? 2 : 0,
  workers: 2,
  timeout: 30_000,
  outputDir: 'test-results/e2e-artifacts',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: testChromiumPath,
      args: CHROMIUM_ARGS,
    },
    trace: process.env.CI ? 'on-first-retry' : 'off',
    // The site's service worker precaches the whole course on a first visit;
    // tests get fresh contexts, so that would be a full download per test.
    // The offline spec allows it where it is the subject.
    serviceWorkers: 'block',
  },
  webServer: [
    {
      command: `node scripts/preview.mjs --port ${previewPort}`,
      url: `http://127.0.0.1:${previewPort}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'node scripts/serve-nginx.mjs',
      env: { PORT: String(nginxPort) },
      url: `http://127.0.0.1:${nginxPort}/`,
      reuseExistingServer: false,
      timeout: 30_000,
      // SIGTERM (not the default SIGKILL) lets the script remove its temp folder.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
  projects: [
    // nginx-headers.spec.ts checks what only nginx sends.
    { name: 'preview', use: { baseURL: `http://127.0.0.1:${previewPort}` }, testIgnore: [/nginx-headers\.spec\.ts$/, soloSpecs] },
    { name: 'nginx', use: { baseURL: `http://127.0.0.1:${nginxPort}` }, grep: /@nginx/, testIgnore: soloSpecs },
    // Long-task timing is wall-clock time: with the other worker's browser busy on the
    // same two cores, the OS stalls the page mid-task and a 50 ms task reads as 500 ms.
    // These specs run last, alone (after both projects), so they measure the page.
    {
      name: 'preview-alone',
      use: { baseURL: `http://127.0.0.1:${previewPort}` },
      testMatch: soloSpecs,
      dependencies: ['preview', 'nginx'],
    },
  ],
});
