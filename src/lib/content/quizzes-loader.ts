/**
 * Content loader for `content/quizzes/<lesson-slug>.yaml`. Every file is checked
 * first (src/lib/quiz/quiz-schema.ts), including that its name is a lesson's
 * slug, so a broken quiz fails the build naming the file and the field, with all
 * problems listed at once. Then Astro's glob() loader stores the entries.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { checkQuizFile } from '../quiz/quiz-schema.ts';
import { lessonSlug } from '../lessons/navigation.ts';

/** Reads and checks every quiz file; returns the problems found. */
export async function checkQuizFiles(root: string, base: string, lessonsBase: string): Promise<string[]> {
  const lessons = new Set((await readdir(join(root, lessonsBase))).filter((n) => n.endsWith('.mdx')).map((n) => lessonSlug(n)));
  const dir = join(root, base);
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  const errors: string[] = [];
  for (const name of names) {
    const file = relative(root, join(dir, name));
    let data: unknown;
    try {
      data = parse(await readFile(join(dir, name), 'utf8'));
    } catch (err) {
      errors.push(`${file}: not valid YAML (${(err as Error).message.split('\n')[0]})`);
      continue;
    }
    errors.push(...checkQuizFile(file, name.replace(/\.ya?ml$/, ''), data, lessons));
  }
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
