/**
 * Turns a checked quiz into what the page shows: choices in a fixed shuffled
 * order (the same on every build, so the no-JavaScript page and the script
 * agree), the right answers, and grading. Pure and deterministic.
 */
import type { Question, Quiz } from './quiz-schema.ts';

export interface ChoiceView {
  text: string;
  correct: boolean;
  why: string;
  /** Render the text as code (flag and output questions). */
  code: boolean;
}
interface ViewBase {
  id: string;
  prompt: string;
  code?: string;
  explanation: string;
  section: string;
}
export interface ChoiceQuestionView extends ViewBase {
  kind: 'choice';
  choices: ChoiceView[];
}
export interface OrderQuestionView extends ViewBase {
  kind: 'order';
  /** The lines as first shown (shuffled, never already in order). */
  shown: string[];
  /** The right order. */
  answer: string[];
}
export type QuestionView = ChoiceQuestionView | OrderQuestionView;

/** Runs `setup` then `command` in a fresh engine and returns what the command printed. */
export type OutputOf = (setup: readonly string[], command: string) => string;

/** A small seeded generator (mulberry32) so shuffles are stable per question id. */
function random(seedText: string): () => number {
  let seed = 2166136261;
  for (let i = 0; i < seedText.length; i++) seed = Math.imul(seed ^ seedText.charCodeAt(i), 16777619);
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], seedText: string): T[] {
  const out = [...items];
  const next = random(seedText);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function questionView(q: Question, outputOf?: OutputOf): QuestionView {
  const base = {
    id: q.id,
    prompt: q.prompt,
    explanation: q.explanation,
    section: q.section,
    ...(q.code === undefined ? {} : { code: q.code }),
  };
  if (q.type === 'order') {
    let shown = shuffled(q.items, q.id);
    // A shuffle that happens to be the answer is no question: rotate it by one.
    if (sameOrder(shown, q.items)) shown = [...shown.slice(1), shown[0] as string];
    return { ...base, kind: 'order', shown, answer: [...q.items] };
  }
  if (q.type === 'output') {
    if (!outputOf) throw new Error(`question "${q.id}" needs the engine model to compute its answer`);
    const right = outputOf(q.setup, q.command);
    const choices: ChoiceView[] = [
      { text: right, correct: true, why: 'This is what Docker prints for that command in that state.', code: true },
      ...q.distractors.map((d) => ({ text: d.output, correct: false, why: d.why, code: true })),
    ];
    const dup = q.distractors.find((d) => d.output.trim() === right.trim());
    if (dup) throw new Error(`question "${q.id}": a wrong answer is exactly what the command prints:\n${right}`);
    return {
      ...base,
      kind: 'choice',
      code: base.code ?? [...q.setup, q.command].map((l) => `$ ${l}`).join('\n'),
      choices: shuffled(choices, q.id),
    };
  }
  const choices = q.choices.map((c) => ({ text: c.text, correct: c.correct === true, why: c.why, code: q.type === 'flag' }));
  return { ...base, kind: 'choice', choices: shuffled(choices, q.id) };
}

export function quizView(quiz: Quiz, outputOf?: OutputOf): QuestionView[] {
  return quiz.questions.map((q) => questionView(q, outputOf));
}

/** Grades a choice question: the index chosen, in the shown order. */
export function gradeChoice(q: ChoiceQuestionView, chosen: number): boolean {
  return q.choices[chosen]?.correct === true;
}

/** Grades an order question: the lines as the learner arranged them. */
export function gradeOrder(q: OrderQuestionView, arranged: readonly string[]): boolean {
  return sameOrder(arranged, q.answer);
}

/** Moves one line up (-1) or down (+1); returns a new list. Out-of-range moves change nothing. */
export function moveItem(items: readonly string[], index: number, by: -1 | 1): string[] {
  const to = index + by;
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return [...items];
  const out = [...items];
  [out[index], out[to]] = [out[to] as string, out[index] as string];
  return out;
}
