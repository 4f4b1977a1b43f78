/**
 * The explainer runs on every keystroke of whatever a learner pastes: it must
 * never throw, and its work must grow in step with the input (no blow-up on
 * 100 KB). Vitest's test timeout is the guard against a freeze; no timing is
 * asserted.
 */
import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/lib/commands/explain';
import { explainData } from './helpers';

const data = explainData();

/** A deterministic pseudo-random string over `alphabet`. */
function noise(length: number, alphabet: string, seed = 7): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

function wellFormed(input: string) {
  const e = explain(input, data);
  const outside = e.parts.filter((p) => p.start < 0 || p.end > input.length || p.start > p.end);
  expect(outside).toEqual([]);
  return e;
}

describe('explain: never throws', () => {
  it.each([
    ['empty', ''],
    ['spaces', '   \n\t  '],
    ['a lone prompt', '$ '],
    ['a lone dash', 'docker -'],
    ['dashes', 'docker run - -- --- -= --= -p'],
    ['quotes only', `"'"'"`],
    ['unclosed everything', 'docker run "$(`${'],
    ['unicode', 'docker run --name=café -e É=ü 🐳 nginx'],
    ['operators only', '| && ; > < >> 2>&1 &'],
    ['a redirection at the end', 'docker ps >'],
    ['docker alone twice', 'docker\ndocker'],
    ['deep groups', 'docker compose bridge transformations create'],
    ['an alias of a group', 'docker compose alpha'],
    ['null characters', 'docker\u0000run\u0000nginx'],
  ])('%s', (_name, input) => {
    wellFormed(input);
  });

  it('garbage of every kind of character', () => {
    for (const seed of [1, 2, 3, 4, 5]) wellFormed(noise(5_000, 'docker run-p:=\'"\\$(){}|&;<> \n\t#`abcXYZ019', seed));
  });

  it('100 KB of garbage', () => {
    const e = wellFormed(noise(100_000, 'docker run -p:="\\$( )|&;<>\n#`aZ0', 11));
    // Problems past the first hundred are counted, not listed.
    expect(e.messages.length).toBeLessThanOrEqual(101);
  });

  it('100 KB of one real command repeated', () => {
    const line = 'docker run --rm -p 8080:80 -e A=b -it nginx:alpine sh -c "echo hi"\n';
    const e = wellFormed(line.repeat(Math.ceil(100_000 / line.length)));
    expect(e.commands.length).toBeGreaterThan(1000);
    expect(e.messages.filter((m) => m.severity !== 'note')).toEqual([]);
  });

  it('100 KB in one word, one flag, or one quote', () => {
    wellFormed(`docker run ${'a'.repeat(100_000)}`);
    wellFormed(`docker run --${'x'.repeat(100_000)} nginx`);
    wellFormed(`docker run -${'x'.repeat(100_000)} nginx`);
    wellFormed(`docker run "${'x '.repeat(50_000)}`);
    wellFormed(`docker ${'-H x '.repeat(20_000)}ps`);
  });
});
