/**
 * Every exercise through the real engine: its checks must reject the starting
 * state (after its setup) and accept the state after its model solution.
 */
import { describe, expect, test } from 'vitest';
import { createEngine } from '../../../src/lib/engine/index';
import { readExercises } from '../../../src/lib/content/exercises-loader';
import { whatIsMissing } from '../../../src/lib/exercises/check';
import { PracticeSession, PRACTICE_SEED } from '../../../src/lib/practice/session';
import type { HostSnapshot } from '../../../src/lib/exercises/host';

const exercises = await readExercises(process.cwd(), 'content/exercises', 'content/lessons');

describe.each(exercises.map((e) => [e.id, e] as const))('%s', (_id, { exercise }) => {
  const session = () => new PracticeSession<HostSnapshot>(() => createEngine({ seed: PRACTICE_SEED }), exercise.setup);

  test('the setup runs without errors', () => {
    const engine = createEngine({ seed: PRACTICE_SEED });
    for (const line of exercise.setup) {
      const result = engine.run(line);
      expect(result.exitCode, `${line}\n${result.stderr}`).toBe(0);
    }
  });

  test('the check rejects the starting state', () => {
    const s = session();
    expect(whatIsMissing(exercise.check, s.snapshot(), s.typed)).not.toEqual([]);
  });

  test('the model solution solves it', () => {
    const s = session();
    for (const line of exercise.solution) {
      const result = s.run(line);
      expect(result.exitCode, `${line}\n${result.stdout}${result.stderr}`).toBe(0);
    }
    expect(whatIsMissing(exercise.check, s.snapshot(), s.typed)).toEqual([]);
  });
});

/** Near misses typed after an exercise's setup, and what its check says is still missing. */
describe('near misses get the missing part in words', () => {
  const byId = new Map(exercises.map((e) => [e.id, e.exercise]));
  test.each([
    [
      'hardened-run',
      ["docker run -d --name backend -p 4567:4567 -e FRONTEND_URL='*' --read-only -u 1000 backend-flask:1.0.0"],
      ['the container `backend` runs, but it keeps its Linux capabilities (no --cap-drop ALL)'],
    ],
    [
      'hardened-run',
      ["docker run -d --name backend -p 4567:4567 -e FRONTEND_URL='*' --cap-drop all backend-flask:1.0.0"],
      ['the container `backend` runs, but its root filesystem is writable (no --read-only)', 'the container `backend`: it runs as root'],
    ],
    [
      'hardened-run',
      [
        "docker run -d --name backend -p 4567:4567 -e FRONTEND_URL='*' --read-only --cap-drop ALL --cap-add NET_RAW -u 1000 backend-flask:1.0.0",
      ],
      [],
    ],
    // down keeps the named volume, down -v removes it: each exercise tells the two apart.
    ['compose-down-volumes', ['docker compose down'], ['the volume `cruddur_db` is still there']],
    ['compose-down', ['docker compose down -v'], ['there is no volume `cruddur_db`']],
    ['compose-down', ['docker compose down', 'docker compose up -d', 'docker compose down'], []],
    [
      'compose-keep-data',
      ['docker compose down -v', 'docker compose up -d'],
      [
        'the project has not been taken down yet (docker compose down)',
        'the container of the service `db` runs, but the database started from scratch, not on its old data: the volume `cruddur_db` must survive the down',
      ],
    ],
    ['compose-keep-data', ['docker compose restart db'], ['the project has not been taken down yet (docker compose down)']],
  ])('%s after %j', (id, lines, missing) => {
    const exercise = byId.get(id)!;
    const s = new PracticeSession<HostSnapshot>(() => createEngine({ seed: PRACTICE_SEED }), exercise.setup);
    for (const line of lines) expect(s.run(line).exitCode, line).toBe(0);
    expect(whatIsMissing(exercise.check, s.snapshot(), s.typed)).toEqual(missing);
  });
});
