/**
 * Astro integration: once the static build is written, index it with
 * Pagefind's Node API and write the index (plus Pagefind's UI files) to
 * <outDir>/pagefind/. Runs as part of `npm run build`, so every build ships a
 * search index that matches its pages.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { PAGEFIND_CONFIG, PAGEFIND_DIR, checkAnswer, checkPageCount, indexedPageCount } from '../lib/search/index-build';

/** Runs one Pagefind call, turning a rejection into an error that says which step failed. */
async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new Error(`Pagefind: ${name} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** The part of Pagefind's Node API the build uses; a parameter, so tests can make each step fail. */
export type PagefindApi = Pick<typeof pagefind, 'createIndex' | 'close'>;
type Logger = Pick<AstroIntegrationLogger, 'info' | 'warn'>;

/**
 * Indexes the built site in `siteDir` and writes the bundle to
 * `siteDir/pagefind`. Returns the number of searchable pages indexed. Always stops the
 * Pagefind service, even when a step fails.
 */
export async function buildSearchIndex(siteDir: string, logger?: Logger, api: PagefindApi = pagefind): Promise<number> {
  const outputPath = join(siteDir, PAGEFIND_DIR);
  try {
    const created = checkAnswer('creating the index', await step('creating the index', () => api.createIndex({ ...PAGEFIND_CONFIG })));
    const { index } = created;
    if (!index) throw new Error('Pagefind: creating the index returned no index and no error.');
    const added = checkAnswer(`indexing ${siteDir}`, await step(`indexing ${siteDir}`, () => index.addDirectory({ path: siteDir })));
    const files = checkPageCount(added.page_count, siteDir);
    checkAnswer(`writing ${outputPath}`, await step(`writing ${outputPath}`, () => index.writeFiles({ outputPath })));
    const entryPath = join(outputPath, 'pagefind-entry.json');
    const entryText = await step<string>(`reading ${entryPath}`, () => readFile(entryPath, 'utf8'));
    let entry: unknown;
    try {
      entry = JSON.parse(entryText);
    } catch (error) {
      throw new Error(`Pagefind: ${entryPath} is not valid JSON.`, { cause: error });
    }
    const pages = indexedPageCount(entry);
    if (pages === 0) {
      throw new Error(`Pagefind: none of the ${files} HTML files in ${siteDir} is searchable (no <main data-pagefind-body>).`);
    }
    logger?.info(`indexed ${pages} searchable page${pages === 1 ? '' : 's'} (of ${files} HTML files) into ${outputPath}`);
    return pages;
  } finally {
    await api.close().catch((error: unknown) => {
      logger?.warn(`could not stop the Pagefind service cleanly: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
}

/** The integration for astro.config.mjs: `integrations: [pagefindSearch()]`. */
export function pagefindSearch(): AstroIntegration {
  return {
    name: 'container-notes:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex(fileURLToPath(dir), logger);
      },
    },
  };
}
