// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { codeBlockTransformer } from './src/lib/markdown/code-blocks.ts';
import { glossaryLinks, headingAnchors, inlineCodeNowrap } from './src/lib/markdown/lesson-plugins.ts';
import { GLOSSARY_FILE, parseGlossary } from './src/lib/glossary/glossary.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { offlineSupport } from './src/integrations/offline.ts';
import { composeValidator } from './src/integrations/compose-validator.ts';
import { factsSplit } from './src/integrations/facts-split.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  // scripts/build.mjs builds into a fresh folder and swaps it in for dist/.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  // Pages are folders with an index.html, so /lessons/cors/ is the canonical URL;
  // nginx redirects /lessons/cors to it.
  build: { format: 'directory', inlineStylesheets: 'never' },
  trailingSlash: 'ignore',
  // pagefindSearch indexes the finished build (astro:build:done) into dist/pagefind/;
  // offlineSupport then writes dist/sw.js, which precaches every file, index included.
  integrations: [mdx(), pagefindSearch(), offlineSupport()],
  markdown: {
    // Keep `--rm` and `-it` as typed: smart punctuation would turn `--` into an
    // en dash in prose, and flags must read exactly as a learner types them.
    // Lessons also get a `#` link on every section heading and a link from each
    // glossary term's first use to /glossary/ (src/lib/markdown/lesson-plugins.ts).
    processor: satteri({
      features: { smartPunctuation: false },
      // The plugins describe Sätteri's visitor context structurally (so unit
      // tests can drive them), hence the cast to its plugin type.
      hastPlugins: /** @type {import('satteri').HastPluginList} */ (
        /** @type {unknown} */ ([headingAnchors(), inlineCodeNowrap(), glossaryLinks(parseGlossary(readFileSync(GLOSSARY_FILE, 'utf8')))])
      ),
    }),
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
    // virtual:facts-pack/now|later: the CLI facts in two halves for the practice page's engine.
    plugins: [composeValidator(), factsSplit()],
    // The file explainer's Web Worker is bundled by its own pipeline, which needs the plugin too.
    // ES modules (every worker starts with `type: 'module'`), so a worker's dynamic imports stay
    // separate files: the player's worker loads xterm's headless build only for large recordings.
    worker: { format: 'es', plugins: () => [composeValidator()] },
    build: {
      // Never inline scripts or assets into HTML: the Content-Security-Policy
      // allows scripts from our own origin only (no 'unsafe-inline').
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro marks each compiled MDX module with the directive
        // "use astro:head-inject"; the bundler warns once per lesson that it may
        // not keep module-level directives. Astro reads that marker before
        // bundling, so the warning says nothing about our code: drop it, and
        // let every other warning through.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
        // The practice engine's core in one chunk (practiceEngineCore, below).
        output: { manualChunks: practiceEngineCore },
      },
    },
  },
});

/**
 * The practice engine's core (what lazy-engine.ts imports statically from src/lib/engine)
 * as one chunk: split by which of the engine's parts share each module, it came as six
 * files that compress about 4 KB worse than one (bench/practice-size.mjs).
 */
/** @typedef {(id: string) => { importedIds: readonly string[] } | null} ModuleInfoOf */
/**
 * @param {string} id
 * @param {{ getModuleInfo: ModuleInfoOf }} meta
 * @returns {string | undefined}
 */
function practiceEngineCore(id, { getModuleInfo }) {
  // Each build (server, client) has its own module graph.
  let core = coreIds.get(getModuleInfo);
  if (!core) coreIds.set(getModuleInfo, (core = staticallyFrom(getModuleInfo, LAZY_ENGINE)));
  // lazy-engine.ts itself stays out: its import()s bring Vite's preload helper, which every page shares.
  if (!core.has(id) || id === LAZY_ENGINE || !id.startsWith(SRC)) return undefined;
  // What the core uses from outside the engine (the CLI facts' code) the explainers use too: a chunk of its own.
  return id.startsWith(`${SRC}lib/engine/`) ? 'practice-engine' : 'cli-facts';
}
const SRC = fileURLToPath(new URL('./src/', import.meta.url));
const LAZY_ENGINE = fileURLToPath(new URL('./src/lib/engine/lazy-engine.ts', import.meta.url));
/** @type {WeakMap<ModuleInfoOf, Set<string>>} */
const coreIds = new WeakMap();
/**
 * @param {ModuleInfoOf} getModuleInfo
 * @param {string} root
 */
function staticallyFrom(getModuleInfo, root) {
  /** @type {Set<string>} */
  const seen = new Set();
  /** @param {string} id */
  const walk = (id) => {
    if (!id || seen.has(id)) return;
    seen.add(id);
    for (const next of getModuleInfo(id)?.importedIds ?? []) walk(next);
  };
  walk(root);
  return seen;
}
