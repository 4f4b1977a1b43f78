/**
 * Content loader for `content/lessons/*.mdx`. It runs our own checks over every
 * lesson first (see lesson-schema.ts), so that one broken lesson fails the build
 * with a message naming the file, the field and what was expected, and all
 * problems are listed at once rather than one per rebuild. Then it hands over to
 * Astro's glob() loader, which renders the MDX.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { checkLessons, frontmatterText, type LessonSource } from './lesson-schema.ts';
import { lessonSlug } from '../lessons/navigation.ts';

/** Where the lessons collection's files live (the commands loader checks links against them). */
export const LESSONS_BASE = './content/lessons';

export function lessonsLoader(base = LESSONS_BASE): Loader {
  // Route ids drop the ordering prefix: 02-cors.mdx is served at /lessons/cors/.
  const inner = glob({ base, pattern: '*.mdx', generateId: ({ entry }) => lessonSlug(entry) });
  return {
    name: 'container-notes-lessons',
    async load(context) {
      const root = fileURLToPath(context.config.root);
      const dir = join(root, base);
      const names = (await readdir(dir)).filter((n) => n.endsWith('.mdx')).sort();
      const sources: LessonSource[] = [];
      const errors: string[] = [];
      for (const name of names) {
        const file = relative(root, join(dir, name));
        const text = frontmatterText(await readFile(join(dir, name), 'utf8'));
        try {
          sources.push({ file, data: text === undefined ? undefined : parse(text) });
        } catch (err) {
          errors.push(`${file}: frontmatter is not valid YAML (${(err as Error).message.split('\n')[0]})`);
        }
      }
      errors.push(...checkLessons(sources));
      if (errors.length > 0) {
        throw new Error(`Broken lesson frontmatter:\n  - ${errors.join('\n  - ')}`);
      }
      await inner.load(context);
    },
  };
}
