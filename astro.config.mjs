// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { codeBlockTransformer } from './src/lib/markdown/code-blocks.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { composeValidator } from './src/integrations/compose-validator.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // Pages are folders with an index.html, so /lessons/cors/ is the canonical URL;
  // nginx redirects /lessons/cors to it.
  build: { format: 'directory', inlineStylesheets: 'never' },
  trailingSlash: 'ignore',
  // pagefindSearch indexes the finished build (astro:build:done) into dist/pagefind/.
  integrations: [mdx(), pagefindSearch()],
  markdown: {
    // Keep `--rm` and `-it` as typed: smart punctuation would turn `--` into an
    // en dash in prose, and flags must read exactly as a learner types them.
    processor: satteri({ features: { smartPunctuation: false } }),
    shikiConfig: {
      // Both themes are emitted as CSS variables; src/styles/content.css picks one
      // with light-dark(), so the highlighted code follows the site theme.
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      defaultColor: false,
      transformers: [codeBlockTransformer()],
    },
  },
  vite: {
    // virtual:compose-validator: the Compose schema compiled to plain code at build time (the CSP forbids eval).
    plugins: [composeValidator()],
    // The file explainer's Web Worker is bundled by its own pipeline, which needs the plugin too.
    worker: { plugins: () => [composeValidator()] },
    build: {
      // Never inline scripts or assets into HTML: the Content-Security-Policy
      // allows scripts from our own origin only (no 'unsafe-inline').
      assetsInlineLimit: 0,
    },
  },
});
