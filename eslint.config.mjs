// @ts-check
// ESLint (flat config): JavaScript's and typescript-eslint's recommended
// rules, eslint-plugin-astro's for .astro files, and one rule of our own
// (scripts/lib/eslint-import-extensions.mjs). Layout is Prettier's business
// (.prettierrc.json), not ESLint's. `npm run lint`; `npx eslint --fix .`
// adds missing import extensions.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { importExtensions } from './scripts/lib/eslint-import-extensions.mjs';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist.next/',
      'dist.old/',
      '.astro/',
      'node_modules/',
      'bench/node_modules/',
      'coverage/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { local: { rules: { 'import-extensions': importExtensions } } },
    rules: {
      // `_name` marks a parameter a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-constant-condition': ['error', { checkLoops: false }],
      // Terminal output is control characters: the replay and session code
      // matches escape sequences on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    // Code Node loads itself (see the rule's file for why).
    files: ['src/lib/**', 'scripts/**', 'bench/**', '**/*.mjs'],
    rules: { 'local/import-extensions': 'error' },
  },
  {
    // Code that runs in the browser.
    files: ['src/client/**', 'src/**/*.astro', 'public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The service worker's source (the build prepends VERSION and PRECACHE).
    files: ['src/offline/**'],
    languageOptions: { globals: { ...globals.serviceworker, VERSION: 'readonly', PRECACHE: 'readonly' } },
  },
  {
    // Functions passed to page.evaluate() run in the page.
    files: ['tests/e2e/**', 'bench/**', 'scripts/cheat-screenshots.mjs'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
);
