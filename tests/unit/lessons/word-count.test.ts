import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countProseWords, LESSON_WORD_LIMIT } from '../../../src/lib/lessons/word-count';

describe('countProseWords', () => {
  it.each([
    ['plain prose', 'One two three.', 3],
    ['frontmatter is not prose', '---\ntitle: A long title here\norder: 1\n---\nOne two.', 2],
    ['fenced code is not prose', 'Before.\n\n```sh\ndocker run --rm -it alpine sh\n```\n\nAfter.', 2],
    ['tilde fences and longer closers', 'A\n~~~~text\nx y z\n~~~\nstill code\n~~~~\nB', 2],
    ['a fence inside a component body', '<Callout type="tip">\nSay\n```sh\ndocker ps\n```\n</Callout>', 1],
    ['component tags are not, their text is', '<Callout type="mistake" title="Many words in a title">\nBody text.\n</Callout>', 2],
    ['self-closing components', 'See <Session slug="build-backend-image" /> here.', 2],
    ['MDX imports and comments', "import X from './x';\n{/* a note to writers */}\nWord.", 1],
    ['table rules and bullets', '| a | b |\n|---|---|\n- item', 3],
    ['inline code counts as words', 'Run `docker ps` now.', 4],
  ])('%s', (_name, source, expected) => expect(countProseWords(source)).toBe(expected));
});

// The course keeps each lesson readable in one sitting: at most LESSON_WORD_LIMIT
// words of prose. A lesson that grows past it should be split, not squeezed.
const dir = 'content/lessons';
const lessons = readdirSync(dir)
  .filter((n) => n.endsWith('.mdx'))
  .sort();

describe('lesson length', () => {
  it('finds the lessons', () => expect(lessons.length).toBeGreaterThan(0));
  it.each(lessons)(`%s has at most ${LESSON_WORD_LIMIT} words of prose`, (name) => {
    const file = `${dir}/${name}`;
    const words = countProseWords(readFileSync(file, 'utf8'));
    expect(words, `${file} has ${words} words of prose, over the limit of ${LESSON_WORD_LIMIT}: split or trim it`).toBeLessThanOrEqual(
      LESSON_WORD_LIMIT,
    );
  });
});
