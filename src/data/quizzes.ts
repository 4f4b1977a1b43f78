// The quiz of a lesson, ready to render. Uses astro:content, so it lives outside
// src/lib (the pure rules are src/lib/quiz/).
import { getCollection } from 'astro:content';
import { quizView, type QuestionView } from '../lib/quiz/view';
import { engineOutput } from '../lib/quiz/engine-output';

let cache: Map<string, QuestionView[]> | undefined;

/** The questions of `lessonSlug`'s quiz, or undefined when the lesson has none. */
export async function getQuiz(lessonSlug: string): Promise<QuestionView[] | undefined> {
  if (!cache) {
    cache = new Map();
    for (const entry of await getCollection('quizzes')) {
      try {
        cache.set(entry.id, quizView(entry.data, engineOutput));
      } catch (err) {
        throw new Error(`content/quizzes/${entry.id}.yaml: ${(err as Error).message}`, { cause: err });
      }
    }
  }
  return cache.get(lessonSlug);
}
