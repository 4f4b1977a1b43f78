/**
 * The read-and-check loop the YAML content loaders share (commands, quizzes,
 * exercises): every `*.yaml` / `*.yml` file of a folder, in name order, parsed,
 * and handed to the loader's own check. A file that is not valid YAML becomes a
 * message naming it; all problems are collected in file order, so one build
 * lists every broken file at once.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { lessonSlug } from '../lessons/navigation.ts';

export interface YamlFile {
  /** File name, e.g. `container-run.yaml`. */
  name: string;
  /** Path shown in messages, relative to the project root. */
  file: string;
  data: unknown;
}

/**
 * Calls `check` on each parsed file of `root/base` and returns the problems
 * (the check's and the YAML syntax errors, in file order) and how many files
 * the folder held.
 */
export async function checkYamlFiles(root: string, base: string, check: (entry: YamlFile) => string[]): Promise<{ count: number; errors: string[] }> {
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
    errors.push(...check({ name, file, data }));
  }
  return { count: names.length, errors };
}

/** `content/commands` as messages show it, for "no files found". */
export function folderLabel(root: string, base: string): string {
  return relative(root, join(root, base)) || base;
}

/** Slugs of the lessons in `root/lessonsBase` (the lessons collection's `.mdx` files). */
export async function lessonSlugsIn(root: string, lessonsBase: string): Promise<string[]> {
  return (await readdir(join(root, lessonsBase))).filter((n) => /\.mdx?$/.test(n)).map(lessonSlug);
}
