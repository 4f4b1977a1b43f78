/**
 * The pure half of building the search index: Pagefind's settings and the
 * checks on its answers. The Astro hook in src/integrations/pagefind.ts does
 * the I/O.
 */

/**
 * Pagefind indexing settings (its `PagefindServiceConfig`). `-` is a word
 * character so that flags stay whole: `--rm`, `-it` and `-p` are indexed and
 * searched as typed, so "--rm" finds `docker run --rm` and not every "rm".
 * Pagefind still indexes the parts of a hyphenated word, so "origin" finds
 * "same-origin" and "rm" still finds "--rm".
 */
export const PAGEFIND_CONFIG = {
  includeCharacters: '-',
  forceLanguage: 'en',
} as const;

/** Folder under the build output that holds the index and Pagefind's UI files. */
export const PAGEFIND_DIR = 'pagefind';

/** Any of Pagefind's answers: each carries a list of errors. */
export interface PagefindAnswer {
  errors?: unknown;
}

/**
 * Throws a readable error when a Pagefind step answered with errors (or with
 * something that is not an answer). `step` names what was attempted.
 */
export function checkAnswer<T extends PagefindAnswer>(step: string, answer: T | null | undefined): T {
  if (answer === null || typeof answer !== 'object') {
    throw new Error(`Pagefind: ${step} gave no answer (got ${answer === null ? 'null' : typeof answer}).`);
  }
  const errors = answer.errors;
  if (errors !== undefined && !Array.isArray(errors)) {
    throw new Error(`Pagefind: ${step} answered with an unexpected errors field: ${JSON.stringify(errors)}.`);
  }
  if (Array.isArray(errors) && errors.length > 0) {
    throw new Error(`Pagefind: ${step} failed:\n  - ${errors.map(String).join('\n  - ')}`);
  }
  return answer;
}

/**
 * Checks the page count of the indexed build. Zero means Pagefind found no
 * HTML page to index (a wrong folder, or a build that wrote nothing): a site
 * must fail the build rather than ship an empty index.
 */
export function checkPageCount(pageCount: unknown, dir: string): number {
  if (typeof pageCount !== 'number' || !Number.isInteger(pageCount) || pageCount < 0) {
    throw new Error(`Pagefind: indexing ${dir} returned no page count (got ${JSON.stringify(pageCount)}).`);
  }
  if (pageCount === 0) {
    throw new Error(
      `Pagefind: no page was indexed in ${dir}. Searchable pages mark their <main> with data-pagefind-body ` +
        '(BaseLayout does this for pages with `searchable`); is this the build output folder?',
    );
  }
  return pageCount;
}

/**
 * Pages that made it into the index, from the `pagefind-entry.json` Pagefind
 * writes (`{ languages: { en: { page_count } } }`). Smaller than the HTML file
 * count: pages without data-pagefind-body (home, lists, 404) stay out.
 */
export function indexedPageCount(entry: unknown): number {
  const languages = (entry as { languages?: unknown } | null)?.languages;
  if (typeof languages !== 'object' || languages === null) {
    throw new Error('Pagefind: pagefind-entry.json has no "languages" object.');
  }
  let total = 0;
  for (const [lang, info] of Object.entries(languages)) {
    const count = (info as { page_count?: unknown } | null)?.page_count;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
      throw new Error(`Pagefind: pagefind-entry.json gives no page count for language "${lang}".`);
    }
    total += count;
  }
  return total;
}
