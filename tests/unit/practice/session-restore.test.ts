/**
 * The practice page's session (src/lib/practice/session.ts) made with engines
 * that start from a saved host (src/lib/engine/restore-host.ts), as the page
 * makes it: no part is needed to start, undo and reset go back to the saved
 * state, and the result is the same as replaying the setup.
 */
import { describe, expect, test } from 'vitest';
import pack from '../../../content/reference/docker-cli.pack.json' with { type: 'json' };
import type { FactsPack } from '../../../src/lib/commands/facts-pack';
import { splitPack } from '../../../src/lib/commands/facts-split';
import { createEngine } from '../../../src/lib/engine/index';
import { DockerHost } from '../../../src/lib/engine/docker-host';
import { PartRegistry } from '../../../src/lib/engine/parts';
import { readSavedHost, restoreHost, saveHost, type SavedHost } from '../../../src/lib/engine/saved-host';
import { readExercises } from '../../../src/lib/content/exercises-loader';
import { PracticeSession, PRACTICE_SEED } from '../../../src/lib/practice/session';

const exercises = new Map((await readExercises(process.cwd(), 'content/exercises', 'content/lessons')).map((e) => [e.id, e.exercise]));
const coreOnly = () => new DockerHost({ seed: PRACTICE_SEED }, new PartRegistry(splitPack(pack as FactsPack).now));

function savedAfter(setup: readonly string[]): SavedHost {
  const host = createEngine({ seed: PRACTICE_SEED });
  for (const line of setup) host.run(line);
  const read = readSavedHost(JSON.parse(JSON.stringify(saveHost(host, createEngine({ seed: PRACTICE_SEED })))));
  if ('error' in read) throw new Error(read.error);
  return read.saved;
}

describe('a session that starts from a saved host', () => {
  const exercise = exercises.get('compose-down');
  if (!exercise) throw new Error('no compose-down exercise');
  const saved = savedAfter(exercise.setup);
  const replayed = () => new PracticeSession(() => createEngine({ seed: PRACTICE_SEED }), exercise.setup);

  test('starts a Compose project with the core alone: nothing waits for a part', () => {
    const session = new PracticeSession(() => restoreHost(coreOnly(), saved));
    expect(session.needs).toEqual([]);
    expect(session.snapshot()).toEqual(replayed().snapshot());
    const ps = session.run('docker ps -a --format "{{.Names}} {{.Status}}"');
    expect(ps.needs).toBeUndefined();
    expect(ps.stdout).toContain('cruddur-db-1 Up');
    // Compose's own command still waits for its part, and nothing ran.
    expect(session.run('docker compose down').needs).toEqual(['compose']);
    expect(session.lines).toHaveLength(1);
  });

  test('undo and reset go back to the saved state; typed lines replay on top of it', () => {
    const session = new PracticeSession(() => restoreHost(createEngine({ seed: PRACTICE_SEED }), saved));
    const reference = replayed();
    const start = session.snapshot();
    for (const line of exercise.solution) expect(session.run(line)).toEqual(reference.run(line));
    expect(session.snapshot()).toEqual(reference.snapshot());
    expect(session.snapshot()).not.toEqual(start);
    expect(session.undo()).toBe(true);
    expect(session.snapshot()).toEqual(start);
    session.run('docker compose stop');
    session.reset();
    expect(session.snapshot()).toEqual(start);
    expect(session.typed).toEqual([]);
  });

  test('a session rebuilt from typed lines (a reload, a share link) matches the replayed one', () => {
    const typed = ['docker compose stop', 'docker compose down'];
    const restored = new PracticeSession(() => restoreHost(createEngine({ seed: PRACTICE_SEED }), saved), [], typed);
    const reference = new PracticeSession(() => createEngine({ seed: PRACTICE_SEED }), exercise.setup, typed);
    expect(restored.typed).toEqual(reference.typed);
    expect(restored.snapshot()).toEqual(reference.snapshot());
  });
});
