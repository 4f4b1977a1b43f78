import { describe, expect, test } from 'vitest';
import { shellJoin, substitute } from '../../../src/lib/files/substitute';

const env: Record<string, string> = { PORT: '4567', EMPTY: '' };
const lookup = (n: string) => env[n];

describe('substitute', () => {
  test.each([
    ['$PORT', '4567'],
    ['${PORT}', '4567'],
    ['${MISSING:-80}', '80'],
    ['${EMPTY:-80}', '80'],
    ['${EMPTY-80}', ''],
    ['${MISSING-80}', '80'],
    ['${PORT:+set}', 'set'],
    ['${EMPTY:+set}', ''],
    ['${EMPTY+set}', 'set'],
    ['http://${HOST:-localhost}:${PORT}', 'http://localhost:4567'],
    ['${MISSING:-${PORT}}', '4567'],
    ['\\$PORT', '$PORT'],
    ['price: 5$', 'price: 5$'],
  ])('Dockerfile rules: %s → %s', (input, want) => {
    expect(substitute(input, lookup).value).toBe(want);
  });

  test.each([
    ['$$PORT', '$PORT'],
    ['${MISSING:?set MISSING first}', ''],
  ])('Compose rules: %s → %s', (input, want) => {
    expect(substitute(input, lookup, { dollarEscape: true }).value).toBe(want);
  });

  test('reports every variable used, and whether it was defined', () => {
    const r = substitute('${A:-x} $PORT ${B}', lookup);
    expect(r.used.map((u) => [u.name, u.defined, u.hasFallback])).toEqual([
      ['A', false, true],
      ['PORT', true, false],
      ['B', false, false],
    ]);
  });

  test('a required variable that is missing is an error with its message', () => {
    expect(substitute('${DB:?set DB}', lookup, { dollarEscape: true }).errors).toEqual(['DB: set DB']);
  });

  test('shellJoin quotes only what needs it', () => {
    expect(shellJoin(['/bin/sh', '-c', 'echo hi'])).toBe(`/bin/sh -c 'echo hi'`);
    expect(shellJoin(['python3', '--port=4567'])).toBe('python3 --port=4567');
    expect(shellJoin(["it's"])).toBe(`'it'\\''s'`);
  });
});
