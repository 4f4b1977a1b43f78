/**
 * Which lessons embed which sessions, read from the lessons' MDX source: the
 * playground lists each session with its lesson, and a unit test checks that
 * every session is used somewhere.
 */

/** Slugs embedded with `<Session slug="…" />`, in order of appearance. */
export function sessionEmbeds(mdx: string): string[] {
  return [...mdx.matchAll(/<Session\s+[^>]*?slug=["']([a-z0-9-]+)["']/g)].map((m) => m[1]!);
}

/** Slugs still marked with a `{/* session: <slug> *\/}` placeholder comment. */
export function sessionPlaceholders(mdx: string): string[] {
  return [...mdx.matchAll(/\{\/\*\s*session:\s*([a-z0-9-]+)\s*\*\/\}/g)].map((m) => m[1]!);
}

export interface LessonRef {
  id: string;
  title: string;
  order: number;
}

/** For each session slug, the lessons that embed it, in course order. */
export function lessonsBySession(lessons: readonly (LessonRef & { body: string })[]): Map<string, LessonRef[]> {
  const map = new Map<string, LessonRef[]>();
  for (const { body, ...lesson } of [...lessons].sort((a, b) => a.order - b.order)) {
    for (const slug of new Set(sessionEmbeds(body))) {
      const list = map.get(slug) ?? [];
      list.push(lesson);
      map.set(slug, list);
    }
  }
  return map;
}
