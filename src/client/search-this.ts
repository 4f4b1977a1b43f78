/**
 * The 404 page's "search for this" link: points it at /search/?q=<words from
 * the missing address>, so a mistyped or moved page is one click from what the
 * learner was after. Without JavaScript the link still opens the search page.
 */
import { searchPageHref, wordsFromMissingPath } from '../lib/search/query';

const link = document.querySelector<HTMLAnchorElement>('a#search-this');
const words = wordsFromMissingPath(window.location.pathname);
if (link && words) {
  link.href = searchPageHref(words);
  link.textContent = `Search the site for “${words}”`;
}
