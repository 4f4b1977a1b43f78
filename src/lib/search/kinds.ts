/**
 * What a search result is. Every searchable page declares one kind; the label
 * is what the index stores as the `type` filter, so it is what learners see on
 * each result and on the filter that narrows results to that kind.
 */

/** The kinds of searchable page, in the order filters list them. */
export const SEARCH_KINDS = ['lesson', 'command', 'session', 'glossary'] as const;

/** A kind of searchable page. */
export type SearchKind = (typeof SEARCH_KINDS)[number];

const LABELS: Record<SearchKind, string> = {
  lesson: 'Lesson',
  command: 'Command',
  session: 'Session',
  glossary: 'Glossary',
};

/** Name of the Pagefind filter that holds the kind label. */
export const KIND_FILTER = 'type';

/** True when `value` is one of SEARCH_KINDS. */
export function isSearchKind(value: unknown): value is SearchKind {
  return typeof value === 'string' && (SEARCH_KINDS as readonly string[]).includes(value);
}

/**
 * The label a kind is indexed and shown as ("Lesson"). An unknown kind is a
 * programming error in a page, so it throws with the accepted values rather
 * than indexing a page under a filter nobody can pick.
 */
export function kindLabel(kind: string): string {
  if (!isSearchKind(kind)) {
    throw new Error(`Unknown search kind "${kind}": expected one of ${SEARCH_KINDS.join(', ')}.`);
  }
  return LABELS[kind];
}

/** The `data-pagefind-filter` value that files a page under its kind, e.g. `type:Lesson`. */
export function kindFilterAttribute(kind: string): string {
  return `${KIND_FILTER}:${kindLabel(kind)}`;
}

/**
 * The kind labels found in a result's filters (Pagefind hands filters back as
 * `{ type: ['Lesson'] }`). Unknown shapes give an empty list, never a throw:
 * a result without a kind is still worth showing.
 */
export function kindLabelsOf(filters: unknown): string[] {
  if (typeof filters !== 'object' || filters === null) return [];
  const values = (filters as Record<string, unknown>)[KIND_FILTER];
  if (!Array.isArray(values)) return [];
  return values.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
}
