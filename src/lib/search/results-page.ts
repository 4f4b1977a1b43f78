/**
 * The state behind the /search/ page, which draws its results with Pagefind's
 * JavaScript API and src/client/search-page.ts rather than Pagefind's Component
 * UI (whose 41 KB bundle was most of the page's blocking time on a phone). What
 * the page says and offers matches what the Component UI did: the same summary
 * line, the same kind filter with its counts, the same rows (result.ts).
 */

/** Results whose data is loaded and drawn at once; "More results" adds the next batch. */
export const RESULT_BATCH = 10;

/**
 * The line above the results, in Pagefind's own English wording: "29 results
 * for volume", "1 result for …", "No results for …"; empty with no query.
 */
export function summaryText(term: string, count: number): string {
  if (!term) return '';
  if (count === 0) return `No results for ${term}`;
  return `${count} result${count === 1 ? '' : 's'} for ${term}`;
}

/** What the summary says while a search runs. */
export function searchingText(term: string): string {
  return term ? `Searching for ${term}…` : '';
}

/** How many results the next batch ends at, given how many are shown out of `total`. */
export function nextBatchEnd(shown: number, total: number, batch = RESULT_BATCH): number {
  return Math.min(total, Math.max(0, shown) + Math.max(1, batch));
}

/** The label of the button that shows more; empty when everything is shown. */
export function moreLabel(shown: number, total: number, batch = RESULT_BATCH): string {
  const left = total - shown;
  if (left <= 0) return '';
  const next = Math.min(left, batch);
  return `Show ${next} more result${next === 1 ? '' : 's'} (${left} left)`;
}

/** Filter counts as Pagefind gives them: filter name → value → number of pages. */
export type FilterCounts = Record<string, Record<string, number>>;

/** The values ticked per filter. */
export type FilterSelection = Record<string, readonly string[]>;

/** One checkbox of the filter pane. */
export interface FilterOption {
  value: string;
  count: number;
  checked: boolean;
  /**
   * Ticking it would find nothing (and it is not ticked). Pagefind's pane hid
   * such a value; ours greys it out instead, so that the pane keeps its height
   * on a phone, where the results sit below it.
   */
  empty: boolean;
}

/**
 * The options of one filter, the way Pagefind's filter pane shows them: the
 * values listed first (`order`, e.g. the kinds in course order) then any other
 * value the index holds. A ticked value shows its count without the other
 * filters (`total`); an unticked one, what ticking it as well would find
 * (`available`), and it is empty when that is none.
 */
export function filterOptions(
  name: string,
  order: readonly string[],
  available: FilterCounts | null,
  total: FilterCounts | null,
  selection: FilterSelection,
): FilterOption[] {
  const avail = available?.[name] ?? {};
  const all = total?.[name] ?? avail;
  const ticked = new Set(selection[name] ?? []);
  const values = [...order, ...Object.keys(all).filter((v) => !order.includes(v))];
  return values.map((value) => {
    const checked = ticked.has(value);
    const count = (checked ? all[value] : avail[value]) ?? 0;
    return { value, count, checked, empty: !checked && (avail[value] ?? 0) === 0 };
  });
}

/** The selection after ticking or unticking one value; a filter with nothing ticked is dropped. */
export function toggleFilter(selection: FilterSelection, name: string, value: string, on: boolean): FilterSelection {
  const current = new Set(selection[name] ?? []);
  if (on) current.add(value);
  else current.delete(value);
  const next: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(selection)) if (k !== name && v.length > 0) next[k] = [...v];
  if (current.size > 0) next[name] = [...current];
  return next;
}

/** What a key press does among the results: where focus goes, if anywhere. */
export type ResultKeyMove = { to: 'item'; index: number } | { to: 'input' } | { to: 'none' };

/**
 * Arrow keys through the focusable parts of the results (each row's link, its
 * sections' links, then the "More results" button), as Pagefind's results list
 * offered: ↓ from the search box goes to the first, ↑ from the first goes back
 * to the box. `index` is -1 for the search box.
 */
export function resultKeyMove(key: string, index: number, count: number): ResultKeyMove {
  if (key === 'ArrowDown') return index + 1 < count ? { to: 'item', index: index + 1 } : { to: 'none' };
  if (key === 'ArrowUp' && index >= 0) return index === 0 ? { to: 'input' } : { to: 'item', index: index - 1 };
  return { to: 'none' };
}
