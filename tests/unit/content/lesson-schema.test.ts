import { describe, expect, it } from 'vitest';
import { checkLessons, frontmatterText, LessonSchema } from '../../../src/lib/content/lesson-schema';

const good = {
  title: 'Why containers',
  description: 'What an image is, what a container is, and how they differ from VMs.',
  order: 1,
  objectives: ['Tell an image from a container'],
};
const file = 'content/lessons/01-why.mdx';

describe('checkLessons', () => {
  it('accepts valid lessons', () => {
    expect(checkLessons([{ file, data: good }, { file: 'b.mdx', data: { ...good, order: 2 } }])).toEqual([]);
  });

  it.each([
    ['missing title', { ...good, title: undefined }, `${file}: field "title" is missing (expected a non-empty string)`],
    ['empty title', { ...good, title: '  ' }, `${file}: field "title" is the string "  " (expected a non-empty string)`],
    ['order as a string', { ...good, order: '1' }, `${file}: field "order" is the string "1" (expected a positive whole number, unique across lessons)`],
    ['fractional order', { ...good, order: 1.5 }, `${file}: field "order" is number 1.5 (expected a positive whole number, unique across lessons)`],
    ['objectives not a list', { ...good, objectives: 'learn' }, `${file}: field "objectives" is the string "learn" (expected a list of at least one non-empty string)`],
    ['empty objective', { ...good, objectives: [''] }, `${file}: field "objectives.0" is the string "" (expected a list of at least one non-empty string)`],
    ['toc not boolean', { ...good, toc: 'yes' }, `${file}: field "toc" is the string "yes" (expected true or false)`],
    ['unknown field', { ...good, author: 'me' }, `${file}: field "author" is not a lesson field (expected only: title, description, order, objectives, toc)`],
  ])('reports %s naming the file, the field and what was expected', (_name, data, message) => {
    expect(checkLessons([{ file, data }])).toEqual([message]);
  });

  it('reports a duplicate order naming both files', () => {
    const errors = checkLessons([
      { file: 'content/lessons/01-a.mdx', data: good },
      { file: 'content/lessons/02-b.mdx', data: { ...good, title: 'B' } },
    ]);
    expect(errors).toEqual([
      'content/lessons/02-b.mdx: field "order" is 1, already used by content/lessons/01-a.mdx (expected a positive whole number, unique across lessons)',
    ]);
  });

  it('reports a file without frontmatter', () => {
    expect(checkLessons([{ file, data: undefined }])[0]).toMatch(/^content\/lessons\/01-why\.mdx: no frontmatter found/);
  });

  it('lists every problem at once', () => {
    expect(checkLessons([{ file, data: { order: 0, extra: 1 } }])).toHaveLength(5);
  });
});

describe('frontmatterText', () => {
  it.each([
    ['---\ntitle: A\n---\nbody', 'title: A'],
    ['---\r\ntitle: A\r\norder: 1\r\n---\r\n', 'title: A\r\norder: 1'],
    ['no frontmatter', undefined],
    ['---\nunclosed', undefined],
  ])('%j', (source, expected) => {
    expect(frontmatterText(source)).toBe(expected);
  });
});

describe('LessonSchema', () => {
  it('keeps the parsed values', () => {
    expect(LessonSchema.parse({ ...good, toc: false })).toEqual({ ...good, toc: false });
  });
});
