import { describe, expect, test } from 'vitest';
import { decodeShare, encodeShare, INTERRUPT, PracticeSession, promptPath } from '../../../src/lib/practice/session';
import { readProgress, saveExercise, STORAGE_KEY } from '../../../src/lib/practice/progress';

/** A tiny engine: `add X` appends X; anything else fails. Its snapshot is the list. */
function fakeEngine() {
  const items: string[] = [];
  return {
    run(line: string) {
      const m = /^add (\S+)$/.exec(line);
      if (m?.[1]) items.push(m[1]);
      return { stdout: m ? `${m[1]}\n` : '', stderr: m ? '' : `${line}: command not found\n`, exitCode: m ? 0 : 127 };
    },
    snapshot: () => [...items],
  };
}

describe('PracticeSession', () => {
  test('runs setup first, then records typed commands with their status', () => {
    const s = new PracticeSession(fakeEngine, ['add base']);
    s.run('add a');
    s.run('oops');
    expect(s.snapshot()).toEqual(['base', 'a']);
    expect(s.typed).toEqual([
      { line: 'add a', exitCode: 0 },
      { line: 'oops', exitCode: 127 },
    ]);
  });

  test('undo replays all but the last command; reset keeps only the setup', () => {
    const s = new PracticeSession(fakeEngine, ['add base'], ['add a', 'add b']);
    expect(s.snapshot()).toEqual(['base', 'a', 'b']);
    expect(s.undo()).toBe(true);
    expect(s.snapshot()).toEqual(['base', 'a']);
    expect(s.lines).toEqual(['add a']);
    s.reset();
    expect(s.snapshot()).toEqual(['base']);
    expect(s.undo()).toBe(false);
  });
});

test('Ctrl-C is kept for replays but not counted; the engine prompt is passed on', () => {
  const make = () => Object.assign(fakeEngine(), { prompt: () => '>>> ', foreground: 'abc' });
  const s = new PracticeSession(make, [], ['add a', INTERRUPT]);
  expect(s.commandCount).toBe(1);
  expect(s.lines).toEqual(['add a', INTERRUPT]);
  expect(s.prompt()).toBe('>>> ');
  expect(s.holdsTerminal).toBe(true);
  expect(new PracticeSession(fakeEngine).prompt()).toBeUndefined();
  expect(new PracticeSession(fakeEngine).holdsTerminal).toBe(false);
});

describe('share links', () => {
  test.each([[[]], [['docker ps']], [['docker run -e X="a b" nginx', 'echo ✓ ünïcode', "it's"]]])('round-trips %j', (lines) => {
    const text = encodeShare(lines);
    expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(decodeShare(text)).toEqual(lines);
  });

  test.each(['', '!!!', encodeShare(['x']).slice(0, 3), btoa('{"a":1}'), btoa('[1,2]')])('rejects %j', (text) => {
    expect(decodeShare(text)).toBeUndefined();
  });
});

test.each([
  ['/home/learner', '/home/learner', '~'],
  ['/home/learner/cruddur', '/home/learner', '~/cruddur'],
  ['/tmp', '/home/learner', '/tmp'],
  ['/home/learnerx', '/home/learner', '/home/learnerx'],
])('promptPath(%s)', (cwd, home, shown) => expect(promptPath(cwd, home)).toBe(shown));

describe('progress in storage', () => {
  function memory(initial?: string) {
    const map = new Map<string, string>(initial === undefined ? [] : [[STORAGE_KEY, initial]]);
    return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map };
  }

  test('saves per exercise and keeps other data under the same key', () => {
    const storage = memory(JSON.stringify({ quizzes: { a: 1 } }));
    saveExercise(storage, 'run-backend', ['docker ps'], false);
    saveExercise(storage, 'run-backend', ['docker ps', 'docker run'], true);
    saveExercise(storage, 'run-backend', [], false);
    expect(readProgress(storage).exercises['run-backend']).toEqual({ typed: [], solved: true });
    expect(JSON.parse(storage.map.get(STORAGE_KEY)!).quizzes).toEqual({ a: 1 });
  });

  test.each(['not json', '[]', JSON.stringify({ practice: { exercises: { x: { typed: 'no' } } } })])(
    'broken data %j reads as empty',
    (raw) => {
      expect(readProgress(memory(raw))).toEqual({ exercises: {} });
    },
  );

  test('a full storage does not throw', () => {
    const storage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(saveExercise(storage, 'x', ['a'], true).exercises.x?.solved).toBe(true);
  });
});
