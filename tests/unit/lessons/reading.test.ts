import { describe, expect, it } from 'vitest';
import { proseWords, readingMinutes } from '../../../src/lib/lessons/reading';

describe('reading time', () => {
  it('counts prose, not frontmatter, code blocks, imports or tags', () => {
    const mdx = ['---', 'title: A title with words', '---', 'import X from "./x";', '', 'One two `three` four.', '', '```sh', 'docker run --rm alpine echo not counted', '```', '', '<Callout type="tip">Five six</Callout>'].join('\n');
    expect(proseWords(mdx)).toBe(6);
  });
  it('rounds to whole minutes at 200 words a minute, at least one', () => {
    expect(readingMinutes('word '.repeat(10))).toBe(1);
    expect(readingMinutes('word '.repeat(1000))).toBe(5);
  });
});
