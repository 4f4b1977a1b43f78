/**
 * Knowledge checks: `content/quizzes/<lesson-slug>.yaml`, one file per lesson.
 * Pure (no file system, no astro:*): the loader in src/lib/content/ reads the
 * files and these checks turn every problem into a message naming the file and
 * the field, so a broken quiz fails the build before anything renders.
 */
import { z } from 'astro/zod';

const text = z.string().trim().min(1);
/** An id inside the quiz, used in progress ("review what you missed") and in element ids. */
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and hyphens');
/** `#anchor` of the lesson section that teaches the answer. */
const section = z.string().regex(/^[a-z0-9_-]+$/, 'a heading id of the lesson, without #');

const ChoiceSchema = z.strictObject({
  text,
  correct: z.boolean().optional(),
  /** Why this choice is right or wrong. */
  why: text,
});

const base = {
  id,
  prompt: text,
  /** Code shown under the prompt (a command, a Dockerfile excerpt). */
  code: z.string().optional(),
  /** The explanation shown after answering. */
  explanation: text,
  section,
};

/** Multiple choice; `flag` is the same with the choices shown as code. */
const ChoiceQuestionSchema = z.strictObject({
  ...base,
  type: z.enum(['choice', 'flag']),
  choices: z.array(ChoiceSchema).min(2).max(6),
});

/** "Put these lines in order": `items` are written in the right order and shown shuffled. */
const OrderQuestionSchema = z.strictObject({
  ...base,
  type: z.literal('order'),
  items: z.array(text).min(3).max(8),
});

/**
 * "What does this print": the right answer is what the engine model prints for
 * `command` after `setup`, computed at build time, never typed by hand; the
 * wrong answers are written here.
 */
const OutputQuestionSchema = z.strictObject({
  ...base,
  type: z.literal('output'),
  setup: z.array(text).max(20).default([]),
  command: text,
  distractors: z
    .array(z.strictObject({ output: z.string(), why: text }))
    .min(1)
    .max(4),
});

export const QuestionSchema = z.discriminatedUnion('type', [ChoiceQuestionSchema, OrderQuestionSchema, OutputQuestionSchema]);
export const QuizSchema = z.strictObject({
  title: text.optional(),
  questions: z.array(QuestionSchema).min(5).max(8),
});

export type Question = z.infer<typeof QuestionSchema>;
export type Quiz = z.infer<typeof QuizSchema>;
export type OutputQuestion = z.infer<typeof OutputQuestionSchema>;

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

function at(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/**
 * Checks one quiz file. `lessonSlugs` are the lessons that exist: the file name
 * must be one of them. Returns readable messages, one per problem.
 */
export function checkQuizFile(file: string, slug: string, data: unknown, lessonSlugs: ReadonlySet<string>): string[] {
  const errors: string[] = [];
  if (!lessonSlugs.has(slug)) {
    errors.push(`${file}: no lesson has the slug "${slug}" (the file name must be a lesson's slug: ${[...lessonSlugs].join(', ')})`);
  }
  const result = QuizSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        const where = issue.path.map(String).join('.');
        for (const key of issue.keys) errors.push(`${file}: field "${where ? `${where}.` : ''}${key}" is not a quiz field`);
        continue;
      }
      const field = issue.path.map(String).join('.') || '(file)';
      errors.push(`${file}: field "${field}" is ${describe(at(data, issue.path))} (${issue.message})`);
    }
    return errors;
  }
  const seen = new Set<string>();
  result.data.questions.forEach((q, i) => {
    if (seen.has(q.id)) errors.push(`${file}: field "questions.${i}.id" is "${q.id}", used by an earlier question (ids must be unique)`);
    seen.add(q.id);
    if (q.type === 'choice' || q.type === 'flag') {
      const right = q.choices.filter((c) => c.correct).length;
      if (right !== 1)
        errors.push(`${file}: field "questions.${i}.choices" has ${right} choices marked correct: true (expected exactly one)`);
    }
    if (q.type === 'order' && new Set(q.items).size !== q.items.length) {
      errors.push(`${file}: field "questions.${i}.items" repeats an item (each line must be different, or the order is ambiguous)`);
    }
  });
  return errors;
}
