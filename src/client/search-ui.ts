/**
 * Pagefind's Component UI for the search dialog, loaded on demand. Nothing here
 * runs until a learner reaches for search (see search-launcher.ts): only then are
 * Pagefind's script and stylesheet added to the page, and only a search loads
 * the index. Pagefind draws the dialog, input, results, filters and keyboard
 * navigation; we supply the row template (with the kind of each result), the
 * site's styles and the messages for when search cannot work. The /search/
 * page does without it: search-page.ts draws its results with Pagefind's API.
 */
import { isDevServer, type SearchNotice } from '../lib/search/availability';
import { searchPageHref } from '../lib/search/query';
import { SEARCH_RANKING } from '../lib/search/ranking';
import { renderResult, type ResultData } from '../lib/search/result';
import { BUNDLE_PATH, DevServerError, noticeFor, renderNotice } from './search-notice';

/** The bits of a Component UI instance we use. */
export interface PagefindUiInstance {
  triggerSearch(term: string): void;
  /** Pagefind options for this instance; ignored once it has loaded its index. */
  applyOptions(options: { ranking?: Record<string, number> }): void;
  on(event: 'search', callback: (term: string, filters: Record<string, string[]>) => void): void;
}

interface PagefindComponents {
  getInstanceManager(): { getInstance(name: string): PagefindUiInstance };
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

let loading: Promise<PagefindComponents> | null = null;

function addOnce<T extends HTMLLinkElement | HTMLScriptElement>(el: T, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    el.addEventListener('load', () => resolve(), { once: true });
    el.addEventListener('error', () => reject(new Error(`could not load ${url}`)), { once: true });
    document.head.append(el);
  });
}

/**
 * Adds Pagefind's Component UI script and stylesheet to the page, once. Resolves
 * when both have loaded; rejects with a readable error when either fails, and
 * a later call tries again. Rejects at once on the dev server, which has no index.
 *
 * Every Pagefind element must be in the document before the script defines
 * them: the elements then upgrade in document order, the way Pagefind expects
 * markup written in HTML. (Created after, the dialog's custom content is
 * initialised more than once and comes out nested.) So the dialog's markup is
 * added first, still inert and hidden by CSS until defined.
 */
export function loadPagefindUi(): Promise<PagefindComponents> {
  if (isDevServer(import.meta.env)) return Promise.reject(new DevServerError());
  loading ??= (async () => {
    ensureModalMarkup();
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = `${BUNDLE_PATH}pagefind-component-ui.css`;
    const js = document.createElement('script');
    js.src = `${BUNDLE_PATH}pagefind-component-ui.js`;
    await Promise.all([addOnce(css, css.href), addOnce(js, js.src)]);
    const ui = window.PagefindComponents;
    if (!ui) throw new Error(`${js.src} loaded but did not define PagefindComponents`);
    // Set after the upgrade: an element's constructor resets the property.
    for (const list of document.querySelectorAll('pagefind-results')) {
      (list as HTMLElement & { resultTemplate?: (r: ResultData) => string }).resultTemplate = (r) => renderResult(r);
    }
    // Before any search: an instance reads its options when it loads the index.
    const names = new Set([...document.querySelectorAll('[instance]')].map((e) => e.getAttribute('instance') ?? 'default'));
    for (const name of names) getInstance(ui, name).applyOptions({ ranking: { ...SEARCH_RANKING } });
    return ui;
  })();
  loading.catch(() => (loading = null));
  return loading;
}

/** The Component UI instance that elements with `instance="<name>"` share. */
export function getInstance(ui: PagefindComponents, name: string): PagefindUiInstance {
  return ui.getInstanceManager().getInstance(name);
}

function el(tag: string, attrs: Record<string, string> = {}, ...children: Node[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

type ModalElement = HTMLElement & { open(): void; close(): void; isOpen: boolean };

const MODAL = 'modal';
const PLACEHOLDER = 'Search lessons, commands, flags…';
let modal: ModalElement | null = null;
let modalWired = false;
let returnFocusTo: HTMLElement | null = null;
let followingResult = false;

function keyHints(): HTMLElement {
  const hints = el('p', { class: 'search-keys' });
  for (const [keys, what] of [
    [['↑', '↓'], 'move'],
    [['Enter'], 'open'],
    [['Esc'], 'close'],
  ] as const) {
    for (const k of keys) hints.append(el('kbd', {}, document.createTextNode(k)));
    hints.append(document.createTextNode(` ${what} `));
  }
  return hints;
}

/**
 * How long the box waits after a keystroke before searching. Short: a warm
 * Pagefind query takes ~20 ms, so waiting longer only delays results; it still
 * merges a paste or a burst of fast keystrokes into one search.
 */
const TYPING_DEBOUNCE_MS = 40;

/** Adds the dialog's (still inert) markup to the page once; returns it. */
function ensureModalMarkup(): ModalElement {
  if (modal) return modal;
  const i = { instance: MODAL };
  const allLink = el('a', { class: 'search-all-link', href: searchPageHref('') }, document.createTextNode('Open the full results page'));
  const root = el(
    'pagefind-modal',
    { ...i, class: 'search-modal' },
    el('pagefind-modal-header', i, el('pagefind-input', { ...i, debounce: String(TYPING_DEBOUNCE_MS), placeholder: PLACEHOLDER })),
    el(
      'pagefind-modal-body',
      i,
      el('div', { class: 'search-modal-tools' }, el('pagefind-filter-pane', { ...i, expanded: '' }), el('pagefind-summary', i)),
      el('pagefind-results', i),
    ),
    // Fixed key hints: Pagefind's live hints would say Esc clears, but in the dialog Esc closes.
    el('pagefind-modal-footer', i, keyHints(), allLink),
  ) as ModalElement;
  // A click on a result leaves the page (or jumps to a heading, which Pagefind
  // focuses), so focus must not be pulled back to where search was opened.
  root.addEventListener(
    'click',
    (e) => {
      if ((e.target as Element).closest('pagefind-results a, .search-all-link')) followingResult = true;
    },
    true,
  );
  // `close` does not bubble; a capturing listener on the host still sees it.
  root.addEventListener(
    'close',
    () => {
      const target = returnFocusTo;
      returnFocusTo = null;
      if (followingResult) return;
      requestAnimationFrame(() => {
        if (target?.isConnected) target.focus();
      });
    },
    true,
  );
  document.body.append(root);
  modal = root;
  return root;
}

/** Keeps the dialog's "full results page" link on the current query. */
function wireModal(ui: PagefindComponents): void {
  if (modalWired) return;
  modalWired = true;
  const link = modal?.querySelector<HTMLAnchorElement>('.search-all-link');
  getInstance(ui, MODAL).on('search', (term) => link?.setAttribute('href', searchPageHref(term)));
}

let noticeDialog: HTMLDialogElement | null = null;

function showNoticeDialog(notice: SearchNotice, returnTo: HTMLElement | null): void {
  if (!noticeDialog) {
    noticeDialog = document.createElement('dialog');
    noticeDialog.className = 'search-notice-dialog';
    noticeDialog.setAttribute('aria-labelledby', 'search-notice-title');
    document.body.append(noticeDialog);
  }
  const dialog = noticeDialog;
  const body = el('div', { class: 'search-notice' });
  renderNotice(body, notice);
  body.querySelector('h2')?.setAttribute('id', 'search-notice-title');
  const close = el('button', { type: 'button', class: 'button' }, document.createTextNode('Close'));
  close.addEventListener('click', () => dialog.close());
  dialog.replaceChildren(body, el('form', { method: 'dialog', class: 'search-notice-actions' }, close));
  dialog.addEventListener('close', () => requestAnimationFrame(() => returnTo?.isConnected && returnTo.focus()), { once: true });
  dialog.showModal();
  close.focus();
}

/**
 * Opens the search dialog, loading Pagefind's UI first if needed. `returnTo`
 * gets focus back when the dialog closes (Esc, the close button, a click on
 * the backdrop). Where search cannot load, a dialog says why and what to do.
 */
export async function openSearch(returnTo: HTMLElement | null): Promise<void> {
  if (modal?.isOpen) {
    modal.querySelector<HTMLInputElement>('pagefind-input input')?.focus();
    return;
  }
  let ui: PagefindComponents;
  try {
    ui = await loadPagefindUi();
  } catch (error) {
    if (!(error instanceof DevServerError)) console.warn('Container Notes search:', error);
    showNoticeDialog(noticeFor(error), returnTo);
    return;
  }
  wireModal(ui);
  const dialog = ensureModalMarkup();
  returnFocusTo = returnTo;
  followingResult = false;
  dialog.open();
}
