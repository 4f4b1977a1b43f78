import { describe, expect, it } from 'vitest';
import { checkQuizFile, QuizSchema } from '../../../src/lib/quiz/quiz-schema';
import { gradeChoice, gradeOrder, moveItem, questionView, quizView, shuffled } from '../../../src/lib/quiz/view';
import { answer, currentId, next, review, score, startSession } from '../../../src/lib/quiz/session';

const lessons = new Set(['cors', 'dockerfile']);
const choice = (id: string, right = 0) => ({
  id,
  type: 'choice',
  prompt: `Question ${id}?`,
  explanation: 'Because.',
  section: 'what-an-origin-is',
  choices: ['a', 'b', 'c'].map((t, i) => ({ text: t, why: `why ${t}`, ...(i === right ? { correct: true } : {}) })),
});
const good = { questions: ['a', 'b', 'c', 'd', 'e'].map((id) => choice(id)) };

describe('checkQuizFile', () => {
  it('accepts a good quiz', () => {
    expect(checkQuizFile('content/quizzes/cors.yaml', 'cors', good, lessons)).toEqual([]);
  });
  it('names the file and the field of every problem', () => {
    const bad = {
      questions: [
        { ...choice('a'), choices: choice('a').choices.map((c) => ({ ...c, correct: true })) },
        choice('a'),
        { ...choice('c'), section: 'Has Spaces' },
        { ...choice('d'), extra: 1 },
        { ...choice('e'), type: 'essay' },
      ],
    };
    const errors = checkQuizFile('content/quizzes/nope.yaml', 'nope', bad, lessons);
    expect(errors[0]).toBe(
      'content/quizzes/nope.yaml: no lesson has the slug "nope" (the file name must be a lesson\'s slug: cors, dockerfile)',
    );
    expect(errors.some((e) => e.includes('field "questions.2.section" is the string "Has Spaces"'))).toBe(true);
    expect(errors.some((e) => e.includes('field "questions.3.extra" is not a quiz field'))).toBe(true);
    expect(errors.some((e) => e.includes('field "questions.4.type"'))).toBe(true);
  });
  it('checks rules the schema cannot: one right choice, unique ids, distinct order lines', () => {
    const q = {
      questions: [
        { ...choice('a'), choices: choice('a').choices.map((c) => ({ text: c.text, why: c.why })) },
        choice('a'),
        choice('b'),
        choice('c'),
        { id: 'o', type: 'order', prompt: 'Order', explanation: 'x', section: 's', items: ['FROM x', 'FROM x', 'CMD y'] },
      ],
    };
    expect(checkQuizFile('q.yaml', 'cors', q, lessons)).toEqual([
      'q.yaml: field "questions.0.choices" has 0 choices marked correct: true (expected exactly one)',
      'q.yaml: field "questions.1.id" is "a", used by an earlier question (ids must be unique)',
      'q.yaml: field "questions.4.items" repeats an item (each line must be different, or the order is ambiguous)',
    ]);
  });
  it('wants 5 to 8 questions', () => {
    expect(checkQuizFile('q.yaml', 'cors', { questions: [choice('a')] }, lessons)[0]).toMatch(/field "questions" is a list of 1/);
  });
});

describe('views and grading', () => {
  it('shuffles the same way on every build', () => {
    expect(shuffled([1, 2, 3, 4, 5], 'seed')).toEqual(shuffled([1, 2, 3, 4, 5], 'seed'));
    expect(shuffled([1, 2, 3, 4, 5], 'seed').sort()).toEqual([1, 2, 3, 4, 5]);
  });
  it('grades a choice by its shown position', () => {
    const view = questionView(QuizSchema.parse(good).questions[0]!);
    if (view.kind !== 'choice') throw new Error('expected a choice question');
    const right = view.choices.findIndex((c) => c.correct);
    expect(gradeChoice(view, right)).toBe(true);
    expect(gradeChoice(view, (right + 1) % 3)).toBe(false);
    expect(gradeChoice(view, 99)).toBe(false);
  });
  it('never shows an order question already solved', () => {
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) {
      const view = questionView({ id, type: 'order', prompt: 'p', explanation: 'e', section: 's', items: ['1', '2', '3'] });
      if (view.kind !== 'order') throw new Error('expected an order question');
      expect(gradeOrder(view, view.shown)).toBe(false);
      expect(gradeOrder(view, ['1', '2', '3'])).toBe(true);
    }
  });
  it('moves a line up and down, and ignores moves past the ends', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
  it('takes the right answer of an output question from the engine, and refuses a distractor equal to it', () => {
    const q = QuizSchema.parse({
      questions: [
        {
          id: 'out',
          type: 'output',
          prompt: 'What prints?',
          explanation: 'e',
          section: 's',
          setup: ['docker pull alpine'],
          command: 'docker images -q',
          distractors: [{ output: 'nothing', why: 'w' }],
        },
        ...['b', 'c', 'd', 'e'].map((id) => choice(id)),
      ],
    });
    const calls: string[] = [];
    const views = quizView(q, (setup, command) => {
      calls.push([...setup, command].join(' && '));
      return 'abc123\n';
    });
    expect(calls).toEqual(['docker pull alpine && docker images -q']);
    const out = views[0]!;
    if (out.kind !== 'choice') throw new Error('expected a choice view');
    expect(out.choices.find((c) => c.correct)?.text).toBe('abc123\n');
    expect(out.code).toBe('$ docker pull alpine\n$ docker images -q');
    expect(() => quizView(q, () => 'nothing')).toThrow(/a wrong answer is exactly what the command prints/);
    expect(() => quizView(q)).toThrow(/needs the engine model/);
  });
});

describe('session', () => {
  const ids = ['a', 'b', 'c'];
  it('asks each question once, then scores, then reviews only the missed', () => {
    let s = startSession(ids);
    expect(currentId(s)).toBe('a');
    expect(next(s)).toBe(s); // cannot skip an unchecked question
    s = next(answer(s, true));
    s = next(answer(answer(s, false), true)); // a second answer to the same check is ignored
    s = next(answer(s, true));
    expect(s.phase).toBe('done');
    expect(score(s, ids)).toEqual({ score: 2, total: 3, missed: ['b'] });
    let r = review(s, ids)!;
    expect(r.reviewing).toBe(true);
    expect(currentId(r)).toBe('b');
    r = next(answer(r, true));
    expect(r.phase).toBe('done');
    expect(score(r, ids)).toEqual({ score: 3, total: 3, missed: [] });
    expect(review(r, ids)).toBeUndefined();
  });
});
