/**
 * Content loader for `content/commands/*.yaml`. Like the lessons loader, it
 * first checks every file with our own messages (src/lib/commands/schema.ts),
 * so a broken file fails the build naming the file, the field and what was
 * expected, all problems at once. Then Astro's glob() loader stores the entries
 * (id = file name = the command's slug) and applies the collection schema.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { checkCommandFile, CommandSchema } from '../commands/schema.ts';
import { factProblems } from '../commands/facts-check.ts';
import type { Reference } from '../commands/reference.ts';
import { lessonSlug } from '../lessons/navigation.ts';
import { LESSONS_BASE } from './lessons-loader.ts';

const COMMANDS_BASE = './content/commands';

/** Slugs of the lessons in `lessonsBase` (the lessons collection's files). */
async function lessonSlugs(root: string, lessonsBase: string): Promise<string[]> {
  const names = await readdir(join(root, lessonsBase)).catch(() => []);
  return names.filter((n) => /\.mdx?$/.test(n)).map(lessonSlug);
}

/**
 * Reads and checks every command file in `dir`: against the schema, that each
 * lesson a command names is one of the lessons in `lessonsBase`, and, given
 * the facts, against docker-cli.json. Returns the problems found.
 */
export async function checkCommandFiles(root: string, base: string, reference?: Reference, lessonsBase = LESSONS_BASE): Promise<string[]> {
  const dir = join(root, base);
  const lessons = await lessonSlugs(root, lessonsBase);
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  const errors: string[] = [];
  if (names.length === 0) errors.push(`${relative(root, dir) || base}: no command files (*.yaml) found`);
  for (const name of names) {
    const file = relative(root, join(dir, name));
    let data: unknown;
    try {
      data = parse(await readFile(join(dir, name), 'utf8'));
    } catch (err) {
      errors.push(`${file}: not valid YAML (${(err as Error).message.split('\n')[0]})`);
      continue;
    }
    const problems = checkCommandFile(file, data, lessons);
    errors.push(...problems);
    if (problems.length === 0 && reference) errors.push(...factProblems(file, CommandSchema.parse(data), reference));
  }
  return errors;
}

export function commandsLoader(reference: Reference, base = COMMANDS_BASE, lessonsBase = LESSONS_BASE): Loader {
  const inner = glob({ base, pattern: '*.yaml' });
  return {
    name: 'container-notes-commands',
    async load(context) {
      const errors = await checkCommandFiles(fileURLToPath(context.config.root), base, reference, lessonsBase);
      if (errors.length > 0) throw new Error(`Broken command files:\n  - ${errors.join('\n  - ')}`);
      await inner.load(context);
    },
  };
}
