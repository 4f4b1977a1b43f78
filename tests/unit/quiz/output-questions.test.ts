import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { QuizSchema } from '../../../src/lib/quiz/quiz-schema';
import { quizView } from '../../../src/lib/quiz/view';
import { engineOutput } from '../../../src/lib/quiz/engine-output';

const dir = new URL('../../../content/quizzes/', import.meta.url);
const quizzes = readdirSync(dir).map((name) => ({ name, quiz: QuizSchema.parse(parse(readFileSync(new URL(name, dir), 'utf8'))) }));
const outputQuestions = quizzes.flatMap(({ name, quiz }) => quiz.questions.filter((q) => q.type === 'output').map((q) => ({ name, q })));

describe('"what does this print" questions', () => {
  it('exist in the course', () => expect(outputQuestions.length).toBeGreaterThanOrEqual(4));

  for (const { name, q } of outputQuestions) {
    it(`${name} ${q.id}: the engine prints the answer, and no wrong answer equals it`, () => {
      if (q.type !== 'output') throw new Error('filtered above');
      const printed = engineOutput(q.setup, q.command);
      expect(printed.trim().length).toBeGreaterThan(0);
      for (const d of q.distractors) expect(d.output.trim()).not.toBe(printed.trim());
      const view = quizView({ questions: [q, ...quizzes[0]!.quiz.questions.slice(0, 4)] }, engineOutput)[0]!;
      if (view.kind !== 'choice') throw new Error('an output question is shown as a choice');
      expect(view.choices.find((c) => c.correct)?.text).toBe(printed);
    });
  }

  it('refuses a setup line the model cannot run', () => {
    expect(() => engineOutput(['docker run -d nosuchimage:0'], 'docker ps')).toThrow(
      /setup line "docker run -d nosuchimage:0" failed in the engine model/,
    );
  });
});
