/**
 * A host restored from its saved state answers like the host that ran the
 * setup: for every exercise, the model solution (and a few look-around lines
 * after it) give byte-identical results and the same snapshot.
 */
import { describe, expect, test } from 'vitest';
import { createEngine } from '../../../src/lib/engine/index';
import { readSavedHost, restoreHost, saveHost, type SavedHost } from '../../../src/lib/engine/saved-host';
import { readExercises } from '../../../src/lib/content/exercises-loader';
import { PRACTICE_SEED } from '../../../src/lib/practice/session';

const exercises = await readExercises(process.cwd(), 'content/exercises', 'content/lessons');
const fresh = () => createEngine({ seed: PRACTICE_SEED });
const LOOK_AROUND = [
  'docker ps -a --no-trunc',
  'docker images -a',
  'docker network ls',
  'docker volume ls',
  'docker system df -v',
  'ls -la',
  'echo $? $HOME $PWD',
  'docker run -d --name probe-after-restore -p 9999:80 nginx:1.27',
  'docker network create probe-net',
  'docker inspect probe-after-restore probe-net',
  'docker build -t probe:1 .',
  'docker compose ps -a',
];

function replayed(setup: readonly string[]) {
  const host = fresh();
  for (const line of setup) host.run(line);
  return host;
}

/** The saved state as a page carries it: through JSON text. */
const throughPage = (saved: SavedHost): unknown => JSON.parse(JSON.stringify(saved));

function restored(saved: SavedHost) {
  const read = readSavedHost(throughPage(saved));
  if ('error' in read) throw new Error(read.error);
  return restoreHost(fresh(), read.saved);
}

describe.each(exercises.map((e) => [e.id, e.exercise] as const))('%s', (_id, exercise) => {
  const saved = saveHost(replayed(exercise.setup), fresh());

  test('restored, the solution and later lines answer as after replaying the setup', () => {
    const a = replayed(exercise.setup);
    const b = restored(saved);
    expect(b.snapshot()).toEqual(a.snapshot());
    expect(b.prompt()).toBe(a.prompt());
    for (const line of [...exercise.solution, ...LOOK_AROUND]) {
      expect(b.run(line), line).toEqual(a.run(line));
      expect(b.prompt(), line).toBe(a.prompt());
    }
    expect(b.snapshot()).toEqual(a.snapshot());
    expect(saveHost(b, fresh())).toEqual(saveHost(a, fresh()));
  });

  test('the saved state round-trips', () => {
    expect(saveHost(restored(saved), fresh())).toEqual(saved);
  });
});

describe('a saved state', () => {
  const setup = ['docker network create app', 'docker volume create data', 'cd /tmp'];
  const saved = saveHost(replayed(setup), fresh());

  test('leaves out what a fresh host has', () => {
    const empty = saveHost(fresh(), fresh());
    expect(Object.keys(empty).sort()).toEqual(['clock', 'networks', 'rng', 'status', 'subnet', 'sum', 'v']);
    expect(Object.keys(saved)).toEqual(expect.arrayContaining(['volumes', 'cwd']));
    expect(Object.keys(saved)).not.toEqual(expect.arrayContaining(['images']));
    expect(saved.networks.map((n) => n.name)).toEqual(['bridge', 'host', 'none', 'app']);
  });

  test('of a fresh host restores to a fresh host', () => {
    const read = readSavedHost(throughPage(saveHost(fresh(), fresh())));
    expect('saved' in read && restoreHost(fresh(), read.saved).snapshot()).toEqual(fresh().snapshot());
  });

  test("keeps the last line's exit status for $?", () => {
    const a = replayed(['docker rm no-such-container']);
    const b = restored(saveHost(a, fresh()));
    const status = a.run('echo $?');
    expect(status.stdout).toBe('1\n');
    expect(b.run('echo $?')).toEqual(status);
  });

  test('restores an attached container shell and its prompt', () => {
    const a = replayed(['docker run -it --name box alpine:3.20 sh']);
    const b = restored(saveHost(a, fresh()));
    expect(b.prompt()).toBe(a.prompt());
    expect(b.run('ls /')).toEqual(a.run('ls /'));
    expect(b.run('exit')).toEqual(a.run('exit'));
    expect(b.prompt()).toBe(a.prompt());
  });

  const damaged: [string, (s: Record<string, unknown>) => unknown, RegExp][] = [
    ['not an object', () => null, /is not an object/],
    ['a list', () => [], /is not an object/],
    ['another version', (s) => ({ ...s, v: 2 }), /has version 2, and this terminal reads version 1/],
    ['no version', ({ v: _v, ...s }) => s, /has version undefined/],
    ['a changed field', (s) => ({ ...s, cwd: '/etc' }), /is damaged \(its checksum does not match\)/],
    ['a removed field', ({ volumes: _v, ...s }) => s, /is damaged/],
    ['no checksum', ({ sum: _s, ...s }) => s, /is damaged/],
  ];
  test.each(damaged)('%s is refused with a clear message', (_name, damage, message) => {
    const read = readSavedHost(damage(throughPage(saved) as Record<string, unknown>));
    expect(read).toEqual({ error: expect.stringMatching(message) });
    expect('error' in read && read.error).toMatch(/the exercise's setup is replayed instead\.$/);
  });
});
