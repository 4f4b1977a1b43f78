/** ENTRYPOINT + CMD as BuildKit stores and Docker runs them. */
import { describe, expect, test } from 'vitest';
import { explainDockerfile } from '../../../src/lib/dockerfile/index';

const run = (body: string) => explainDockerfile(`FROM alpine:3.20\nUSER 1\n${body}\n`).finalCommand!;

describe('final command', () => {
  test.each([
    ['CMD ["a", "b"]', 'a b'],
    ['CMD a b', `/bin/sh -c 'a b'`],
    ['ENTRYPOINT ["ep"]\nCMD ["x"]', 'ep x'],
    ['ENTRYPOINT ["ep"]\nCMD x y', `ep /bin/sh -c 'x y'`],
    ['ENTRYPOINT ep --flag\nCMD ["x"]', `/bin/sh -c 'ep --flag' x`],
    ['CMD ["x"]\nENTRYPOINT ["ep"]', 'ep x'],
    ['ENTRYPOINT ["ep"]', 'ep'],
    ['SHELL ["/bin/bash", "-o", "pipefail", "-c"]\nCMD echo hi', `/bin/bash -o pipefail -c 'echo hi'`],
    ['CMD []', ''],
  ])('%s', (body, want) => {
    expect(run(body).display).toBe(want);
  });

  test('a stage FROM another inherits CMD; an ENTRYPOINT set there clears it', () => {
    const r = explainDockerfile('FROM alpine:3.20 AS a\nCMD ["sh"]\nFROM a AS b\nUSER 1\nFROM a\nUSER 1\nENTRYPOINT ["ep"]\n');
    expect(r.finalCommand!.display).toBe('ep');
    const inherited = explainDockerfile('FROM alpine:3.20 AS a\nWORKDIR /w\nCMD ["sh"]\nFROM a\nUSER 1\n');
    expect(inherited.finalCommand!.sentence).toBe('This image will run `sh` in `/w` as user `1`.');
  });

  test('an array in single quotes is not JSON, so Docker runs it with the shell', () => {
    expect(run("CMD ['a', 'b']").argv).toEqual(['/bin/sh', '-c', "['a', 'b']"]);
  });

  test('shell-form ENTRYPOINT says that CMD is ignored', () => {
    expect(run('ENTRYPOINT ep\nCMD ["x"]').notes.join(' ')).toContain('CMD has no effect');
  });

  test('relative WORKDIRs join the previous one', () => {
    expect(explainDockerfile('FROM alpine:3.20\nWORKDIR /a\nWORKDIR b/../c\nUSER 1\nCMD ["x"]\n').finalCommand!.workdir).toBe('/a/c');
  });
});
