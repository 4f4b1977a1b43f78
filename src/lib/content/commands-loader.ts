/**
 * Content loader for `content/commands/*.yaml`. Like the lessons loader, it
 * first checks every file with our own messages (src/lib/commands/schema.ts),
 * so a broken file fails the build naming the file, the field and what was
 * expected, all problems at once. Then Astro's glob() loader stores the entries
 * (id = file name = the command's slug) and applies the collection schema.
 */
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { checkCommandFile, CommandSchema } from '../commands/schema.ts';
import { factProblems } from '../commands/facts-check.ts';
import type { Reference } from '../commands/reference.ts';
import { checkYamlFiles, folderLabel, lessonSlugsIn } from './yaml-files.ts';
import { LESSONS_BASE } from './lessons-loader.ts';

const COMMANDS_BASE = './content/commands';

/**
 * Reads and checks every command file in `dir`: against the schema, that each
 * lesson a command names is one of the lessons in `lessonsBase`, and, given
 * the facts, against docker-cli.json. Returns the problems found.
 */
export async function checkCommandFiles(root: string, base: string, reference?: Reference, lessonsBase = LESSONS_BASE): Promise<string[]> {
  // A project without a lessons folder still gets its command files checked.
  const lessons = await lessonSlugsIn(root, lessonsBase).catch(() => []);
  const { count, errors } = await checkYamlFiles(root, base, ({ file, data }) => {
    const problems = checkCommandFile(file, data, lessons);
    if (problems.length === 0 && reference) problems.push(...factProblems(file, CommandSchema.parse(data), reference));
    return problems;
  });
  if (count === 0) errors.unshift(`${folderLabel(root, base)}: no command files (*.yaml) found`);
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
