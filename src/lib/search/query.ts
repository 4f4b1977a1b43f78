/**
 * Search queries as they travel in URLs: `/search/?q=…` is shareable, is where
 * the 404 page's "search for this" goes, and is what the cheat sheet's
 * "no match" links to.
 */

/** Longest query we keep; anything past it is a pasted page, not a search. */
export const MAX_QUERY_LENGTH = 200;

/** Path of the full results page. */
export const SEARCH_PAGE_PATH = '/search/';

/** Collapses runs of whitespace and trims, capping the length at MAX_QUERY_LENGTH. */
export function normalizeQuery(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/**
 * The query in a URL's search string (`?q=docker+run`), normalized; empty when
 * there is none. Accepts the string with or without its leading `?`.
 */
export function queryFromSearch(search: string): string {
  const q = new URLSearchParams(search).get('q');
  return q === null ? '' : normalizeQuery(q);
}

/** Link to the full results page for a query; the bare page when the query is empty. */
export function searchPageHref(query: string): string {
  const q = normalizeQuery(query);
  return q ? `${SEARCH_PAGE_PATH}?q=${encodeURIComponent(q)}` : SEARCH_PAGE_PATH;
}

/**
 * The search string to keep in the address bar for a query, so a results page
 * can be bookmarked or shared: `?q=…`, or '' for an empty query.
 */
export function searchStringFor(query: string): string {
  const q = normalizeQuery(query);
  return q ? `?q=${encodeURIComponent(q)}` : '';
}

// Route words that say where a page lived, not what it was about.
const ROUTE_WORDS = new Set(['lessons', 'lesson', 'commands', 'playground', 'search', 'explain', 'index', 'html', 'htm']);
const MAX_PATH_WORDS = 6;

/**
 * Words worth searching for, taken from the path of a page that does not exist:
 * `/lessons/compose-netwrks/` gives "compose netwrks". Section names, file
 * extensions and anything but letters and digits are dropped; percent-escapes
 * are decoded when valid.
 */
export function wordsFromMissingPath(pathname: string): string {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // A malformed escape (a stray `%`) is kept as typed; the separators below still split it.
  }
  const words = path
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !ROUTE_WORDS.has(w));
  return words.slice(0, MAX_PATH_WORDS).join(' ');
}
