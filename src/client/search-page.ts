/**
 * <cn-search-page>: the full results page, /search/?q=…. The box, the kind
 * filter and the empty list are in the page's HTML; this searches with
 * Pagefind's API (pagefind-api.ts) and draws the rows with our own template
 * (lib/search/result.ts), a batch at a time with a "More results" button, so
 * no long task holds the page. The query comes from the URL and goes back into
 * it as the learner types, so a results page can be shared. Where search
 * cannot load (the dev server, a missing index) the page says why and how to
 * fix it.
 */
import { queryFromSearch, searchStringFor, SEARCH_PAGE_PATH, normalizeQuery } from '../lib/search/query';
import { renderResult } from '../lib/search/result';
import {
  filterOptions,
  moreLabel,
  nextBatchEnd,
  resultKeyMove,
  searchingText,
  summaryText,
  toggleFilter,
  type FilterCounts,
  type FilterSelection,
} from '../lib/search/results-page';
import { loadPagefind, type PagefindApi, type PagefindHit } from './pagefind-api';
import { DevServerError, noticeFor, renderNotice } from './search-notice';

/**
 * How long the box waits after a keystroke before searching, as the page did
 * with Pagefind's input: long enough to merge a burst of keys into one search.
 */
const TYPING_DEBOUNCE_MS = 150;

class SearchPage extends HTMLElement {
  private input!: HTMLInputElement;
  private list!: HTMLUListElement;
  private summary!: HTMLElement;
  private status!: HTMLElement;
  private more!: HTMLButtonElement;
  private filterBox!: HTMLFieldSetElement;
  private filterName = '';
  private selection: FilterSelection = {};
  private term = '';
  private hits: PagefindHit[] = [];
  private shown = 0;
  /** Bumped by every search, so an answer that arrives after a newer search is dropped. */
  private run = 0;
  /**
   * Every kind's page count. Asking for it also loads the filter index, without
   * which a search answers with no counts per kind, so the first search waits
   * for it (fetched alongside that search's own index chunks).
   */
  private totals: Promise<FilterCounts> | null = null;

  connectedCallback(): void {
    const q = <T extends Element>(selector: string) => this.querySelector<T>(selector);
    const input = q<HTMLInputElement>('input[type="search"]');
    const list = q<HTMLUListElement>('[data-search-results]');
    const summary = q<HTMLElement>('[data-search-summary]');
    const status = q<HTMLElement>('[data-search-status]');
    const more = q<HTMLButtonElement>('[data-search-more]');
    const clear = q<HTMLButtonElement>('[data-search-clear]');
    const filterBox = q<HTMLFieldSetElement>('[data-search-filter]');
    const form = q<HTMLFormElement>('[data-search-form]');
    if (!input || !list || !summary || !status || !more || !clear || !filterBox || !form) {
      console.warn('cn-search-page is missing part of its markup; search is off.');
      return;
    }
    Object.assign(this, { input, list, summary, status, more, filterBox });
    this.filterName = filterBox.dataset.searchFilter ?? '';

    input.addEventListener('input', () => void this.search(input.value, true));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.search(input.value, false);
    });
    clear.addEventListener('click', () => {
      input.value = '';
      input.focus();
      void this.search('', false);
    });
    filterBox.addEventListener('change', (e) => {
      const box = e.target as HTMLInputElement;
      this.selection = toggleFilter(this.selection, this.filterName, box.value, box.checked);
      void this.search(this.input.value, false);
    });
    more.addEventListener('click', () => void this.showMore(this.run, true));
    this.addEventListener('keydown', (e) => this.onKey(e));

    const query = queryFromSearch(window.location.search);
    input.value = query;
    if (query) void this.search(query, false);
    else {
      input.focus();
      // Nothing to search yet: start Pagefind so the first keystroke finds it ready, and show the kinds' totals.
      void this.withPagefind(async (api) => this.drawFilters(await this.kindTotals(api), null));
    }
  }

  /** Runs `task` once Pagefind has loaded; where it cannot load, says why instead. */
  private async withPagefind<T>(task: (api: PagefindApi) => Promise<T>): Promise<T | undefined> {
    let api: PagefindApi;
    try {
      api = await loadPagefind();
      this.toggleAttribute('data-ready', true);
      return await task(api);
    } catch (error) {
      this.fail(error);
      return undefined;
    }
  }

  private fail(error: unknown): void {
    if (!(error instanceof DevServerError)) console.warn('Container Notes search:', error);
    this.toggleAttribute('data-unavailable', true);
    this.list.setAttribute('aria-busy', 'false');
    const notice = this.querySelector<HTMLElement>('[data-search-notice]');
    if (!notice) return;
    renderNotice(notice, noticeFor(error));
    notice.hidden = false;
  }

  private async search(raw: string, typing: boolean): Promise<void> {
    const run = ++this.run;
    const term = normalizeQuery(raw);
    this.term = term;
    const next = `${SEARCH_PAGE_PATH}${searchStringFor(term)}`;
    if (next !== window.location.pathname + window.location.search) history.replaceState(history.state, '', next);
    this.list.setAttribute('aria-busy', 'true');
    this.summary.textContent = searchingText(term);
    await this.withPagefind(async (api) => {
      const totals = this.kindTotals(api);
      if (!term) {
        const counts = await totals;
        if (run === this.run) this.drawResults([], counts, null);
        return;
      }
      const options = { filters: this.selection };
      await Promise.all([totals, api.preload(term, options)]);
      if (run !== this.run) return;
      const found = typing ? await api.debouncedSearch(term, options, TYPING_DEBOUNCE_MS) : await api.search(term, options);
      if (!found || run !== this.run) return;
      this.drawResults(found.results, found.filters ?? null, found.totalFilters ?? null);
      await this.showMore(run, false);
    });
  }

  private kindTotals(api: PagefindApi): Promise<FilterCounts> {
    this.totals ??= api.filters();
    this.totals.catch(() => (this.totals = null));
    return this.totals;
  }

  private drawResults(hits: PagefindHit[], available: FilterCounts | null, total: FilterCounts | null): void {
    this.hits = hits;
    this.shown = 0;
    this.drawFilters(available, total);
    if (hits.length === 0) {
      this.list.replaceChildren();
      this.finish();
    }
  }

  /**
   * Loads and draws the next batch of rows. The first batch of a search
   * replaces the old rows in one go (the old stay until then: no flash of an
   * empty list while typing); a later one is added below, and focus moves to
   * its first row when the learner asked for it with the button.
   */
  private async showMore(run: number, fromButton: boolean): Promise<void> {
    const start = this.shown;
    const end = nextBatchEnd(start, this.hits.length);
    if (end <= start) return;
    this.more.disabled = true;
    let data;
    try {
      data = await Promise.all(this.hits.slice(start, end).map((hit) => hit.data()));
    } catch (error) {
      if (run === this.run) this.fail(error);
      return;
    }
    if (run !== this.run) return;
    const html = data.map((d) => renderResult(d)).join('');
    if (start === 0) this.list.innerHTML = html;
    else this.list.insertAdjacentHTML('beforeend', html);
    this.shown = end;
    this.finish();
    if (fromButton) this.list.children[start]?.querySelector<HTMLElement>('a')?.focus();
  }

  /** After rows are drawn: the summary, the spoken count, the button for more. */
  private finish(): void {
    const text = summaryText(this.term, this.hits.length);
    this.summary.textContent = text;
    if (this.status.textContent !== text) this.status.textContent = text;
    this.list.setAttribute('aria-busy', 'false');
    const label = moreLabel(this.shown, this.hits.length);
    this.more.textContent = label;
    this.more.hidden = label === '';
    this.more.disabled = false;
  }

  private drawFilters(available: FilterCounts | null, total: FilterCounts | null): void {
    const container = this.filterBox.querySelector('.search-filter-options') ?? this.filterBox;
    const labels = new Map<string, HTMLLabelElement>();
    for (const label of this.filterBox.querySelectorAll('label')) {
      const value = label.querySelector('input')?.value;
      if (value) labels.set(value, label);
    }
    const order = [...labels.keys()];
    for (const option of filterOptions(this.filterName, order, available, total, this.selection)) {
      let label = labels.get(option.value);
      if (!label) label = this.addFilterLabel(container, option.value);
      label.toggleAttribute('data-empty', option.empty);
      const box = label.querySelector('input');
      if (box) {
        box.checked = option.checked;
        box.disabled = option.empty;
      }
      const count = label.querySelector('.search-filter-count');
      if (count) count.textContent = String(option.count);
    }
  }

  /** A kind the index holds but the page was not drawn with (a kind added since). */
  private addFilterLabel(container: Element, value: string): HTMLLabelElement {
    const label = document.createElement('label');
    label.className = 'search-filter';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = this.filterName;
    box.value = value;
    const count = document.createElement('span');
    count.className = 'search-filter-count';
    label.append(box, `${value} `, count);
    container.append(label);
    return label;
  }

  /** ↑/↓ between the box and the results; typing on a result goes back to the box. */
  private onKey(e: KeyboardEvent): void {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    if (target === this.input && e.key === 'Escape' && this.input.value) {
      e.preventDefault();
      this.input.value = '';
      void this.search('', false);
      return;
    }
    const items = [...this.list.querySelectorAll<HTMLElement>('a'), ...(this.more.hidden ? [] : [this.more])];
    const index = target === this.input ? -1 : items.indexOf(target);
    if (index === -1 && target !== this.input) return;
    const move = resultKeyMove(e.key, index, items.length);
    if (move.to === 'item') items[move.index]?.focus();
    else if (move.to === 'input') this.input.focus();
    else if (index >= 0 && (e.key === 'Backspace' || (e.key.length === 1 && e.key !== '/' && e.key !== ' '))) {
      // As in Pagefind's list: a letter typed on a result goes on the query.
      this.input.value = e.key === 'Backspace' ? this.input.value.slice(0, -1) : this.input.value + e.key;
      this.input.focus();
      void this.search(this.input.value, true);
    } else return;
    e.preventDefault();
  }
}

if (!customElements.get('cn-search-page')) customElements.define('cn-search-page', SearchPage);
