/**
 * What the search box says when it cannot search. The index is written by the
 * production build, so `astro dev` never has one: there the search explains how
 * to get one instead of failing. A production page whose index cannot load
 * says why and what to try.
 */

/** A message shown in place of search results. */
export interface SearchNotice {
  title: string;
  detail: string;
  /** What to do about it. */
  fix: string;
  /** Shell command that fixes it, shown as code (absent when there is none). */
  command?: string;
}

/** Command that builds the index and serves the site with it. */
export const BUILD_AND_SERVE = 'npm run build && npm start';

/**
 * True when the page is served by Vite's dev server (`astro dev`). Fed from
 * `import.meta.env` so it is decided at bundle time and testable here.
 */
export function isDevServer(env: { DEV?: boolean; MODE?: string } | undefined): boolean {
  return env?.DEV === true || env?.MODE === 'development';
}

/** The notice for the dev server, where no index exists yet. */
export function devServerNotice(): SearchNotice {
  return {
    title: 'Search works on the built site',
    detail: 'The search index is written by the production build, so the dev server has none.',
    fix: 'Build the site and serve it, then search on http://localhost:4321/:',
    command: BUILD_AND_SERVE,
  };
}

/** A readable one-line reason from anything thrown while loading search. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return `${error.message}${cause}`;
  }
  if (typeof error === 'string' && error.trim()) return error.trim();
  return 'an unknown error';
}

/** The notice for a production page whose search files could not load. */
export function loadFailedNotice(error: unknown): SearchNotice {
  return {
    title: 'Search could not load',
    detail: `Loading the search files failed: ${describeError(error)}.`,
    fix: 'Reload the page to try again. If you serve this site yourself, check that the build wrote the search index to dist/pagefind/:',
    command: BUILD_AND_SERVE,
  };
}
