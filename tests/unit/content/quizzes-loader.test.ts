import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkQuizFiles } from '../../../src/lib/content/quizzes-loader';

const root = fileURLToPath(new URL('../../fixtures/quizzes-broken/', import.meta.url));
const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

describe('checkQuizFiles', () => {
  it('lists every broken quiz file with its file and field', async () => {
    const errors = await checkQuizFiles(root, 'quizzes', 'lessons');
    expect(errors[0]).toMatch(/^quizzes\/cors\.yaml: not valid YAML/);
    expect(errors).toContain('quizzes/unknown-lesson.yaml: no lesson has the slug "unknown-lesson" (the file name must be a lesson\'s slug: cors)');
    expect(errors.some((e) => e.startsWith('quizzes/unknown-lesson.yaml: field "questions"'))).toBe(true);
  });
  it("passes the project's own quizzes", async () => {
    expect(await checkQuizFiles(projectRoot, 'content/quizzes', 'content/lessons')).toEqual([]);
  });
});

describe('coverage', () => {
  it('gives every lesson a quiz', async () => {
    const { readdir } = await import('node:fs/promises');
    const { lessonSlug } = await import('../../../src/lib/lessons/navigation');
    const lessons = (await readdir(`${projectRoot}content/lessons`)).filter((n) => n.endsWith('.mdx')).map(lessonSlug);
    const quizzes = new Set((await readdir(`${projectRoot}content/quizzes`)).map((n) => n.replace(/\.yaml$/, '')));
    expect(lessons.filter((l) => !quizzes.has(l))).toEqual([]);
  });
});
