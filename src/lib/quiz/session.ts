/**
 * One attempt at a quiz, one question at a time: which question is shown,
 * what was answered, the score, and "review what you missed". Pure state
 * transitions (each returns a new state), so the browser code only draws.
 */
export interface QuizSession {
  /** Question ids in the order they are asked in this pass. */
  order: string[];
  /** Index into `order` of the question shown. */
  index: number;
  /** Whether the shown question has been checked (its feedback is visible). */
  checked: boolean;
  /** Results of this attempt, by question id (a review pass updates them). */
  results: Record<string, boolean>;
  /** "ask" while questions remain, "done" when the score is shown. */
  phase: 'ask' | 'done';
  /** True during "review what you missed". */
  reviewing: boolean;
}

export function startSession(ids: readonly string[]): QuizSession {
  return { order: [...ids], index: 0, checked: false, results: {}, phase: 'ask', reviewing: false };
}

export function currentId(s: QuizSession): string | undefined {
  return s.phase === 'ask' ? s.order[s.index] : undefined;
}

/** Records the answer to the shown question. Answering twice keeps the first check. */
export function answer(s: QuizSession, correct: boolean): QuizSession {
  const id = currentId(s);
  if (id === undefined || s.checked) return s;
  return { ...s, checked: true, results: { ...s.results, [id]: correct } };
}

/** Moves on after a check; after the last question the score is shown. */
export function next(s: QuizSession): QuizSession {
  if (s.phase !== 'ask' || !s.checked) return s;
  if (s.index + 1 < s.order.length) return { ...s, index: s.index + 1, checked: false };
  return { ...s, phase: 'done', checked: false };
}

/** Score over every question of the quiz (`all`), from the latest result of each. */
export function score(s: QuizSession, all: readonly string[]): { score: number; total: number; missed: string[] } {
  const missed = all.filter((id) => s.results[id] !== true);
  return { score: all.length - missed.length, total: all.length, missed };
}

/** Asks again only the questions answered wrongly; undefined when nothing was missed. */
export function review(s: QuizSession, all: readonly string[]): QuizSession | undefined {
  const missed = score(s, all).missed;
  if (missed.length === 0) return undefined;
  return { ...s, order: missed, index: 0, checked: false, phase: 'ask', reviewing: true };
}
