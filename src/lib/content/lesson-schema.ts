/**
 * The lesson frontmatter contract and the checks that run before the build
 * renders anything. Pure: no file system, no astro:* modules, so it is unit-tested
 * directly (tests/unit/lesson-schema.test.ts).
 */
import { z } from 'astro/zod';

/** Frontmatter of `content/lessons/*.mdx`. Unknown fields are errors (strict). */
export const LessonSchema = z.strictObject({
  /** Page title and sidebar label. */
  title: z.string().trim().min(1),
  /** One or two sentences: used for the meta description, the home page and search. */
  description: z.string().trim().min(20).max(300),
  /** Position in the course, 1-based. Must be unique across lessons. */
  order: z.number().int().positive(),
  /** What the learner can do after the lesson ("Explain why …"). At least one. */
  objectives: z.array(z.string().trim().min(1)).min(1),
  /** Show the "On this page" table of contents. Default: shown when the lesson has 3+ sections. */
  toc: z.boolean().optional(),
});

export type Lesson = z.infer<typeof LessonSchema>;

export interface LessonSource {
  /** Path shown in messages, e.g. `content/lessons/01-why-containers.mdx`. */
  file: string;
  /** The parsed frontmatter, or undefined when the file has none. */
  data: unknown;
}

const EXPECTED: Record<string, string> = {
  title: 'a non-empty string',
  description: 'a string of 20 to 300 characters',
  order: 'a positive whole number, unique across lessons',
  objectives: 'a list of at least one non-empty string',
  toc: 'true or false',
};

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/**
 * Validates every lesson's frontmatter and the rules that span lessons (unique
 * `order`). Returns one readable message per problem, each naming the file, the
 * field and what was expected, so a broken lesson fails the build clearly.
 */
export function checkLessons(sources: readonly LessonSource[]): string[] {
  const errors: string[] = [];
  const byOrder = new Map<number, string>();
  for (const { file, data } of sources) {
    if (data === undefined || data === null || typeof data !== 'object' || Array.isArray(data)) {
      errors.push(`${file}: no frontmatter found (expected a YAML block between --- lines with ${Object.keys(EXPECTED).slice(0, 4).join(', ')})`);
      continue;
    }
    const result = LessonSchema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) {
            errors.push(`${file}: field "${key}" is not a lesson field (expected only: ${Object.keys(EXPECTED).join(', ')})`);
          }
          continue;
        }
        const field = issue.path.map(String).join('.') || '(frontmatter)';
        const top = String(issue.path[0] ?? '');
        const got = valueAt(data, issue.path);
        const expected = EXPECTED[top] ?? issue.message;
        errors.push(
          got === undefined && issue.path.length === 1
            ? `${file}: field "${field}" is missing (expected ${expected})`
            : `${file}: field "${field}" is ${describeValue(got)} (expected ${expected})`,
        );
      }
    }
    // Duplicates are checked even when other fields are broken, so every
    // problem shows up in one build.
    const order = (data as { order?: unknown }).order;
    if (!LessonSchema.shape.order.safeParse(order).success) continue;
    const seen = byOrder.get(order as number);
    if (seen) {
      errors.push(`${file}: field "order" is ${order}, already used by ${seen} (expected ${EXPECTED.order})`);
    } else {
      byOrder.set(order as number, file);
    }
  }
  return errors;
}

/** Splits the YAML frontmatter text off an MDX/Markdown source, or returns undefined. */
export function frontmatterText(source: string): string | undefined {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(source);
  return match?.[1];
}
