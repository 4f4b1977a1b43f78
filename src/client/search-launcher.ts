/**
 * <cn-search-launcher>: the header's search entry point, on every page. Without
 * JavaScript it holds a plain link to /search/. With it, the link gives way to
 * a button, and the button, `/` and Ctrl/⌘+K open the search dialog.
 *
 * This file stays tiny on purpose: search itself (our search-ui chunk, then
 * Pagefind's UI and index) loads only when a learner reaches for it — a hover,
 * focus or touch on the button, or one of the keys — so a page nobody searches
 * from fetches nothing of it, not even our own search chunk (no idle-time
 * preload: the page's JavaScript budget is spent only on what the reader uses).
 */
import { isSearchShortcut } from '../lib/search/keys';

type SearchUi = typeof import('./search-ui');
let ui: Promise<SearchUi> | null = null;

function loadUi(): Promise<SearchUi> {
  ui ??= import('./search-ui');
  ui.catch(() => (ui = null));
  return ui;
}

/** The results page's own search box, when this is the results page. */
const pageInput = () => document.querySelector<HTMLInputElement>('cn-search-page input[type="search"]');

/** Starts fetching Pagefind's UI files so the dialog opens without a wait. */
function warmUp(): void {
  // The results page never opens the dialog, so it never needs the dialog's UI.
  if (pageInput()) return;
  loadUi()
    .then((m) => m.loadPagefindUi())
    // A failed warm-up is reported when the learner actually opens search.
    .catch(() => undefined);
}

async function open(returnTo: HTMLElement | null): Promise<void> {
  // On the full results page, the page's own search box is the search.
  const input = pageInput();
  if (input) {
    input.focus();
    input.select();
    return;
  }
  try {
    const m = await loadUi();
    await m.openSearch(returnTo);
  } catch (error) {
    // Our own chunk failed to load (offline before it was cached): the link still works.
    console.warn('Container Notes search could not start; opening the results page instead.', error);
    window.location.assign('/search/');
  }
}

class SearchLauncher extends HTMLElement {
  connectedCallback(): void {
    const link = this.querySelector<HTMLAnchorElement>('a[data-search-link]');
    const button = this.querySelector<HTMLButtonElement>('button[data-search-button]');
    if (!link || !button) {
      console.warn('cn-search-launcher needs an a[data-search-link] and a button[data-search-button]; keeping the plain link.');
      return;
    }
    link.hidden = true;
    button.hidden = false;
    button.addEventListener('click', () => void open(button));
    for (const type of ['pointerenter', 'focus', 'touchstart'] as const) {
      button.addEventListener(type, warmUp, { once: true, passive: true });
    }
    document.addEventListener('keydown', (event) => {
      if (event.defaultPrevented || !isSearchShortcut(event, document.activeElement)) return;
      event.preventDefault();
      const active = document.activeElement;
      // Focus goes back to whatever had it; with nothing focused, there is nothing to restore.
      void open(active instanceof HTMLElement && active !== document.body ? active : null);
    });
  }
}

if (!customElements.get('cn-search-launcher')) customElements.define('cn-search-launcher', SearchLauncher);
