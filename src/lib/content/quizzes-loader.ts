/**
 * Content loader for `content/quizzes/<lesson-slug>.yaml`. Every file is checked
 * first (src/lib/quiz/quiz-schema.ts), including that its name is a lesson's
 * slug, so a broken quiz fails the build naming the file and the field, with all
 * problems listed at once. Then Astro's glob() loader stores the entries.
 */
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { checkQuizFile } from '../quiz/quiz-schema.ts';
import { checkYamlFiles, lessonSlugsIn } from './yaml-files.ts';

/** Reads and checks every quiz file; returns the problems found. */
export async function checkQuizFiles(root: string, base: string, lessonsBase: string): Promise<string[]> {
  const lessons = new Set(await lessonSlugsIn(root, lessonsBase));
  const { errors } = await checkYamlFiles(root, base, ({ name, file, data }) => checkQuizFile(file, name.replace(/\.ya?ml$/, ''), data, lessons));
  return errors;
}

export function quizzesLoader(base = './content/quizzes', lessonsBase = './content/lessons'): Loader {
  const inner = glob({ base, pattern: '*.yaml' });
  return {
    name: 'container-notes-quizzes',
    async load(context) {
      const errors = await checkQuizFiles(fileURLToPath(context.config.root), base, lessonsBase);
      if (errors.length > 0) throw new Error(`Broken quiz files:\n  - ${errors.join('\n  - ')}`);
      await inner.load(context);
    },
  };
}
