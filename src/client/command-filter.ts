/**
 * <cn-command-filter>: narrows the cheat sheet as the learner types. The page
 * is complete without it; this element only hides rows. It reads the commands
 * from its JSON data block, filters with the pure src/lib/commands/filter.ts,
 * keeps `?q=` in the URL in step with the box, announces the count, marks
 * what matched (and says which flag: `-p` is publish, password or
 * project-name), and owns two keys: `/` focuses the box (before the site-wide
 * search shortcut sees it) and Esc clears it.
 */
import { firstSentence } from '../lib/commands/docs';
import { buildFilterIndex, filterCommands, type FilterEntry, type FilterIndex } from '../lib/commands/filter';
// From the search module itself, not its alias in routes.ts: routes' shared chunk then
// needs no search code, and the explain page stops loading it.
import { searchPageHref as searchHref } from '../lib/search/query';
import { markText, matchReasons, type MatchReason } from '../lib/commands/filter-match';

/** Replaces each text node under `root` by its runs, matched runs in <mark>. */
function markUnder(root: Element, words: readonly string[], flags: readonly string[]): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const runs = markText(node.data, words, flags);
    if (!runs.some((r) => r.mark)) continue;
    node.replaceWith(...runs.map((r) => (r.mark ? Object.assign(document.createElement('mark'), { textContent: r.text }) : r.text)));
  }
}

/** "-p, --publish: Publishes …" for each flag that matched. */
function fillMatch(box: HTMLElement, reason: MatchReason | undefined): void {
  box.replaceChildren();
  box.hidden = !reason || reason.flags.length === 0;
  if (box.hidden || !reason) return;
  box.append(reason.flags.length > 1 ? 'Matched flags: ' : 'Matched flag: ');
  reason.flags.forEach((f, i) => {
    if (i > 0) box.append('; ');
    const code = document.createElement('code');
    code.textContent = f.short ? `${f.short}, ${f.long}` : f.long;
    markUnder(code, [], reason.marks);
    box.append(code);
    if (f.description) {
      const text = document.createElement('span');
      text.textContent = ` ${firstSentence(f.description).replace(/`/g, '')}`;
      markUnder(text, reason.words, []);
      box.append(text);
    }
  });
}

function isEditable(el: Element | null): boolean {
  return (
    !!el &&
    (el instanceof HTMLInputElement ||
      el instanceof HTMLTextAreaElement ||
      el instanceof HTMLSelectElement ||
      (el as HTMLElement).isContentEditable)
  );
}

class CommandFilter extends HTMLElement {
  private index: FilterIndex | undefined;
  private items: HTMLElement[] = [];
  private groups: HTMLElement[] = [];
  private total = 0;
  /** The server-rendered content of each [data-mark] element, to undo marks. */
  private originals = new Map<Element, Node[]>();

  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('[data-filter-input]');
    const data = this.querySelector('script[data-filter-entries]');
    if (!input || !data) {
      console.warn('cn-command-filter needs an [data-filter-input] and a script[data-filter-entries]; the list stays unfiltered.');
      return;
    }
    try {
      this.index = buildFilterIndex(JSON.parse(data.textContent ?? '[]') as FilterEntry[]);
    } catch (error) {
      console.warn('cn-command-filter: the command data could not be read; the list stays unfiltered.', error);
      return;
    }
    this.items = [...this.querySelectorAll<HTMLElement>('[data-id]')];
    this.groups = [...this.querySelectorAll<HTMLElement>('[data-group]')];
    this.total = this.items.length;
    for (const el of this.querySelectorAll('[data-mark]'))
      this.originals.set(
        el,
        [...el.childNodes].map((n) => n.cloneNode(true)),
      );

    this.querySelector('[data-filter-form]')?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.apply(input.value, true);
    });
    input.addEventListener('input', () => this.apply(input.value, true));
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || input.value === '') return;
      event.preventDefault();
      input.value = '';
      this.apply('', true);
    });
    // Capture phase on window runs before the site-wide search shortcut, which
    // leaves alone keys whose default was prevented.
    window.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isEditable(document.activeElement)) return;
        event.preventDefault();
        input.focus();
        input.select();
      },
      { capture: true },
    );

    const q = new URLSearchParams(window.location.search).get('q') ?? '';
    input.value = q;
    this.apply(q, false);
  }

  /** Marks what matched in one row, after undoing the last query's marks. */
  private mark(item: HTMLElement, reason: MatchReason | undefined): void {
    for (const el of item.querySelectorAll('[data-mark]')) {
      const original = this.originals.get(el);
      if (original) el.replaceChildren(...original.map((n) => n.cloneNode(true)));
      if (!reason) continue;
      const names = (el as HTMLElement).dataset.mark === 'name';
      markUnder(el, names ? [...reason.names, ...reason.words] : reason.words, reason.marks);
    }
    const box = item.querySelector<HTMLElement>('[data-match]');
    if (box) fillMatch(box, reason);
  }

  private apply(query: string, updateUrl: boolean): void {
    if (!this.index) return;
    const shown = new Set(filterCommands(this.index, query));
    const reasons = matchReasons(this.index, query);
    for (const item of this.items) {
      const id = item.dataset.id ?? '';
      item.hidden = !shown.has(id);
      this.mark(item, reasons.get(id));
    }
    for (const group of this.groups) {
      const empty = !group.querySelector('[data-id]:not([hidden])');
      group.hidden = empty;
      const link = this.querySelector<HTMLElement>(`[data-group-link="${group.dataset.group}"]`);
      if (link) link.hidden = empty;
    }
    const trimmed = query.trim();
    this.classList.toggle('is-filtering', trimmed !== '');
    const count = this.querySelector('[data-filter-count]');
    if (count) {
      count.textContent = !trimmed ? `${this.total} commands` : `${shown.size} of ${this.total} commands match`;
    }
    const empty = this.querySelector<HTMLElement>('[data-filter-empty]');
    if (empty) {
      empty.hidden = shown.size > 0;
      for (const q of empty.querySelectorAll('[data-filter-query]')) q.textContent = trimmed;
      const search = empty.querySelector<HTMLAnchorElement>('[data-filter-search]');
      if (search) search.href = searchHref(trimmed);
    }
    if (updateUrl) {
      const url = new URL(window.location.href);
      if (trimmed) url.searchParams.set('q', query.slice(0, 500));
      else url.searchParams.delete('q');
      history.replaceState(history.state, '', url);
    }
  }
}

if (!customElements.get('cn-command-filter')) customElements.define('cn-command-filter', CommandFilter);
