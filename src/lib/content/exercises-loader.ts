/**
 * Content loader for `content/exercises/*.yaml`. Every file is checked first
 * (src/lib/exercises/schema.ts), against the lessons that exist, so a broken
 * exercise or one naming an unknown lesson fails the build with its file and
 * field, all problems at once. Entry id = file name = /practice/<id>/.
 */
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { checkExercise, type Exercise } from '../exercises/schema.ts';
import { checkYamlFiles, folderLabel, lessonSlugsIn } from './yaml-files.ts';

export interface ExerciseFile {
  id: string;
  file: string;
  exercise: Exercise;
}

/** Reads and checks every exercise; throws one error listing every problem. */
export async function readExercises(root: string, base: string, lessonsBase: string): Promise<ExerciseFile[]> {
  const lessons = new Set(await lessonSlugsIn(root, lessonsBase));
  const files: ExerciseFile[] = [];
  const { count, errors } = await checkYamlFiles(root, base, ({ name, file, data }) => {
    const result = checkExercise(file, data, lessons);
    if (result.exercise) files.push({ id: name.replace(/\.ya?ml$/, ''), file, exercise: result.exercise });
    return result.errors;
  });
  if (count === 0) errors.unshift(`${folderLabel(root, base)}: no exercise files (*.yaml) found`);
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
