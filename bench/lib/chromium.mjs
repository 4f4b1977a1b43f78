// @ts-check
// Launches Debian's Chromium through Playwright for the benchmarks, with the
// same binary and flags as the browser tests (scripts/lib/chromium.mjs).
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/lib/chromium.mjs';

export { CHROMIUM_ARGS, chromiumPath };

export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
}
