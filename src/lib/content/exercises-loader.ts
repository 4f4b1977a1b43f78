/**
 * Content loader for `content/exercises/*.yaml`. Every file is checked first
 * (src/lib/exercises/schema.ts), against the lessons that exist, so a broken
 * exercise or one naming an unknown lesson fails the build with its file and
 * field, all problems at once. Entry id = file name = /practice/<id>/.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { checkExercise, type Exercise } from '../exercises/schema.ts';
import { lessonSlug } from '../lessons/navigation.ts';

export interface ExerciseFile {
  id: string;
  file: string;
  exercise: Exercise;
}

/** Reads and checks every exercise; throws one error listing every problem. */
export async function readExercises(root: string, base: string, lessonsBase: string): Promise<ExerciseFile[]> {
  const lessons = new Set((await readdir(join(root, lessonsBase))).filter((n) => /\.mdx?$/.test(n)).map(lessonSlug));
  const dir = join(root, base);
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  const errors: string[] = [];
  const files: ExerciseFile[] = [];
  if (names.length === 0) errors.push(`${relative(root, dir) || base}: no exercise files (*.yaml) found`);
  for (const name of names) {
    const file = relative(root, join(dir, name));
    let data: unknown;
    try {
      data = parse(await readFile(join(dir, name), 'utf8'));
    } catch (err) {
      errors.push(`${file}: not valid YAML (${(err as Error).message.split('\n')[0]})`);
      continue;
    }
    const result = checkExercise(file, data, lessons);
    errors.push(...result.errors);
    if (result.exercise) files.push({ id: name.replace(/\.ya?ml$/, ''), file, exercise: result.exercise });
  }
  if (errors.length > 0) throw new Error(`Broken exercise files:\n  - ${errors.join('\n  - ')}`);
  return files;
}

export function exercisesLoader(base = './content/exercises', lessonsBase = './content/lessons'): Loader {
  return {
    name: 'container-notes-exercises',
    async load({ store, config, parseData, generateDigest }) {
      const files = await readExercises(fileURLToPath(config.root), base, lessonsBase);
      store.clear();
      for (const { id, file, exercise } of files) {
        const data = await parseData({ id, data: exercise });
        store.set({ id, data, filePath: file, digest: generateDigest(JSON.stringify(exercise)) });
      }
    },
  };
}
