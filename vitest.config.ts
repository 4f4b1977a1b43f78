import { defineConfig } from 'vitest/config';
import { composeValidator } from './src/integrations/compose-validator.ts';

// Unit tests cover the pure modules in src/lib/** plus data and config checks
// (content files, Dockerfile, compose.yaml). Browser tests are Playwright's
// (playwright.config.ts); nginx behaviour tests live in tests/nginx/.
export default defineConfig({
  // The Compose schema validator is generated code (virtual:compose-validator), as in the site build.
  plugins: [composeValidator()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/nginx/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
