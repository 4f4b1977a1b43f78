/**
 * Course order, previous/next links and the table of contents, computed from
 * plain data so it is unit-tested without Astro.
 */

export interface LessonLink {
  id: string;
  title: string;
  order: number;
}

/** Lessons sorted by their `order` field (ties are rejected earlier, by checkLessons). */
export function courseOrder<T extends { data: { order: number } }>(lessons: readonly T[]): T[] {
  return [...lessons].sort((a, b) => a.data.order - b.data.order);
}

/** The lessons before and after `id` in course order, if any. */
export function neighbours<T extends { id: string }>(ordered: readonly T[], id: string): { prev?: T; next?: T } {
  const i = ordered.findIndex((l) => l.id === id);
  if (i < 0) return {};
  return { prev: ordered[i - 1], next: ordered[i + 1] };
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem extends Heading {
  children: TocItem[];
}

/**
 * Builds a two-level tree ("On this page") from a page's headings: h2 entries
 * with their h3 children. Headings deeper than `maxDepth` are left out, and an h3
 * before any h2 becomes a top-level entry rather than being lost.
 */
export function tableOfContents(headings: readonly Heading[], maxDepth = 3): TocItem[] {
  const items: TocItem[] = [];
  for (const h of headings) {
    if (h.depth < 2 || h.depth > maxDepth) continue;
    const item: TocItem = { ...h, children: [] };
    const parent = items[items.length - 1];
    if (h.depth > 2 && parent && parent.depth < h.depth) parent.children.push(item);
    else items.push(item);
  }
  return items;
}

/** Whether a lesson shows its table of contents: forced by frontmatter, else when it has 3+ sections. */
export function showToc(headings: readonly Heading[], forced?: boolean): boolean {
  return forced ?? headings.filter((h) => h.depth === 2).length >= 3;
}

/** Strips the `NN-` ordering prefix from a lesson file name: `03-run-flask.mdx` → `run-flask`. */
export function lessonSlug(entry: string): string {
  return entry.replace(/\.mdx?$/, '').replace(/^\d+[-_]/, '');
}
