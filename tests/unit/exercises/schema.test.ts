import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkExercise } from '../../../src/lib/exercises/schema';
import { readExercises } from '../../../src/lib/content/exercises-loader';

const lessons = new Set(['docker-cli', 'volumes']);
const ok = {
  title: 'Run it',
  lesson: 'docker-cli',
  goal: 'Run nginx.',
  check: [{ container: { name: 'web', image: 'nginx' } }],
  hints: ['Use docker run.'],
  solution: ['docker run -d --name web nginx'],
};

describe('checkExercise', () => {
  test('a good exercise passes, with defaults filled in', () => {
    const { errors, exercise } = checkExercise('x.yaml', ok, lessons);
    expect(errors).toEqual([]);
    expect(exercise?.setup).toEqual([]);
    expect(exercise?.check[0]).toEqual({ container: expect.objectContaining({ name: 'web', state: 'running' }) });
  });

  test.each([
    [{ ...ok, title: '' }, 'x.yaml: field "title": a non-empty string'],
    [{ ...ok, lesson: 'nope' }, 'x.yaml: field "lesson" names "nope", which is not a lesson (expected one of: docker-cli, volumes)'],
    [{ ...ok, hints: [] }, 'x.yaml: field "hints": a list of at least one hint'],
    [{ ...ok, solution: undefined }, 'x.yaml: field "solution": a list of at least one shell line'],
    [{ ...ok, extra: 1 }, 'x.yaml: field "(file)"'],
    [
      { ...ok, check: [{ contaner: { name: 'web' } }] },
      'x.yaml: field "check.0" is { contaner } (expected an object with exactly one of: container, image',
    ],
    [
      { ...ok, check: [{ container: { name: 'web', publish: [{ host: 'x', container: 80 }] } }] },
      'x.yaml: field "check.0.container.publish.0.host":',
    ],
    [{ ...ok, check: [{ container: { name: 'web', colour: 'red' } }] }, 'x.yaml: field "check.0.container": has unknown field(s) colour'],
    [{ ...ok, check: [{ ran: { pattern: '(', says: 'x' } }] }, 'x.yaml: field "check.0.ran.pattern" is not a valid regular expression'],
    [{ ...ok, check: [{ container: { image: 'nginx' } }] }, 'x.yaml: field "check.0.container" needs a name or a service'],
    [{ ...ok, check: [] }, 'x.yaml: field "check": a list of at least one check'],
  ])('%#: %s', (data, message) => {
    const { errors, exercise } = checkExercise('x.yaml', data, lessons);
    expect(exercise).toBeUndefined();
    expect(errors.join('\n')).toContain(message);
  });
});

describe('readExercises', () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });
  function site(files: Record<string, string>): string {
    const root = mkdtempSync(join(tmpdir(), 'exercises-'));
    roots.push(root);
    mkdirSync(join(root, 'lessons'));
    mkdirSync(join(root, 'exercises'));
    writeFileSync(join(root, 'lessons', '06-docker-cli.mdx'), '---\ntitle: x\n---\n');
    for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'exercises', name), text);
    return root;
  }

  test('reads good files, id from the file name', async () => {
    const root = site({ 'run-web.yaml': JSON.stringify(ok) });
    expect((await readExercises(root, 'exercises', 'lessons')).map((e) => e.id)).toEqual(['run-web']);
  });

  test('lists every broken file at once, with file and field', async () => {
    const root = site({ 'a.yaml': 'title: [', 'b.yaml': JSON.stringify({ ...ok, lesson: 'volumes' }) });
    await expect(readExercises(root, 'exercises', 'lessons')).rejects.toThrow(
      /exercises\/a\.yaml: not valid YAML[\s\S]*exercises\/b\.yaml: field "lesson" names "volumes", which is not a lesson/,
    );
  });

  test('an empty folder is an error', async () => {
    await expect(readExercises(site({}), 'exercises', 'lessons')).rejects.toThrow(/no exercise files/);
  });

  test('every exercise in content/exercises is valid', async () => {
    const all = await readExercises(process.cwd(), 'content/exercises', 'content/lessons');
    expect(all.length).toBeGreaterThanOrEqual(24);
  });
});
