// @ts-check
// The Chromium the tests and benchmarks drive: Debian's builds (or
// CHROMIUM_PATH), never a downloaded browser, with the flags this machine kind
// needs (no sandbox as root, no GPU, and no background connections, which a
// closed network refuses).
import { existsSync } from 'node:fs';

/** The full browser: Lighthouse, the benchmarks and the screenshots measure what a reader runs. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const headlessShell = '/usr/bin/chromium-headless-shell';

/**
 * The browser tests' Chromium: Debian's `chromium-headless-shell`, the same
 * Chromium release (Blink, V8, network stack) built headless only, as
 * Playwright itself runs headless tests. It starts a browser context and its
 * renderer for a fifth of the full browser's CPU (measured in docs/ci.md),
 * and the suite opens hundreds of them. The full browser where the shell is
 * not installed; CHROMIUM_PATH picks another binary for both.
 */
export const testChromiumPath = process.env.CHROMIUM_PATH ?? (existsSync(headlessShell) ? headlessShell : chromiumPath);

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
