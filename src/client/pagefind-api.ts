/**
 * Pagefind's JavaScript API (`/pagefind/pagefind.js`, written by the build),
 * loaded once with our ranking. Searches run in Pagefind's own Web Worker, so
 * the page's main thread only draws what comes back.
 */
import { isDevServer } from '../lib/search/availability';
import { SEARCH_RANKING } from '../lib/search/ranking';
import type { FilterCounts, FilterSelection } from '../lib/search/results-page';
import type { ResultData } from '../lib/search/result';
import { BUNDLE_PATH, DevServerError } from './search-notice';

/** One hit; its data (URL, title, excerpt, sections) is fetched only when asked. */
export interface PagefindHit {
  id: string;
  data(): Promise<ResultData>;
}

/** What a search answers. */
export interface PagefindSearch {
  results: PagefindHit[];
  /** Per filter value, what ticking it as well would find. */
  filters?: FilterCounts;
  /** Per filter value, what ticking it instead would find. */
  totalFilters?: FilterCounts;
}

interface SearchOptions {
  filters?: FilterSelection;
}

/** The part of the API we use (see https://pagefind.app/docs/api/). */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: SearchOptions): Promise<PagefindSearch>;
  /** Resolves to null when a later call replaced this one before it ran. */
  debouncedSearch(term: string, options?: SearchOptions, debounceMs?: number): Promise<PagefindSearch | null>;
  filters(): Promise<FilterCounts>;
  /** Fetches what a search for `term` needs without running it. */
  preload(term: string, options?: SearchOptions): Promise<void>;
}

let loading: Promise<PagefindApi> | null = null;

/**
 * Imports Pagefind's API and starts it with our ranking, once; a failed load
 * is tried again on the next call. Rejects at once on the dev server, which
 * has no index.
 */
export function loadPagefind(): Promise<PagefindApi> {
  if (isDevServer(import.meta.env)) return Promise.reject(new DevServerError());
  loading ??= (async () => {
    const url = `${BUNDLE_PATH}pagefind.js`;
    let api: PagefindApi;
    try {
      api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    } catch (error) {
      throw new Error(`could not load ${url}`, { cause: error });
    }
    // Before init: the ranking is read when the index loads.
    await api.options({ ranking: { ...SEARCH_RANKING } });
    await api.init();
    return api;
  })();
  loading.catch(() => (loading = null));
  return loading;
}
