import { defineConfig } from 'vitest/config';

// Unit tests cover the pure modules in src/lib/** plus data and config checks
// (content files, Dockerfile, compose.yaml). Browser tests are Playwright's
// (playwright.config.ts); nginx behaviour tests live in tests/nginx/.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/nginx/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
