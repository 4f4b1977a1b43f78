/** Each instruction is explained with the state the builder has at that line. */
import { describe, expect, test } from 'vitest';
import { explainDockerfile } from '../../../src/lib/dockerfile/index';

const notesOf = (text: string, line: number) =>
  explainDockerfile(text)
    .lines.find((l) => l.line === line)!
    .notes.join(' ');

const FILE = `ARG BASE=python:3.12-slim
FROM \${BASE} AS build
WORKDIR /app
WORKDIR src
COPY requirements.txt .
COPY --from=build /app/src /opt/src
ARG MODE=dev
RUN pip install --no-cache-dir -r requirements.txt
ENV PORT=4567
EXPOSE \${PORT}
USER app
COPY . .
CMD python3 app.py
`;

describe('instructions in context', () => {
  test.each([
    [1, 'Declares the build argument `BASE` (default `python:3.12-slim`) before the first FROM: it can be used in FROM lines only.'],
    [
      2,
      'Starts stage 1 (`build`) from the image `python:3.12-slim`: repository `python` (the official Docker Hub image), tag `3.12-slim` (version 3.12, slim variant)',
    ],
    [2, 'with their defaults it is `python:3.12-slim`, and `docker build --build-arg` can change it.'],
    [4, 'The path is relative, so it is joined to the previous working directory: the result is `/app/src`.'],
    [5, 'Copies `requirements.txt` from the build context'],
    [5, 'to `/app/src/requirements.txt`.'],
    [6, 'from the finished stage `build`'],
    [8, 'It runs in `/app/src` as root'],
    [8, 'Build arguments `MODE` are set as environment variables for this command only'],
    [9, 'Sets `PORT=4567` for every following instruction'],
    [10, '`${PORT}` becomes `4567`'],
    [10, 'Records that the app listens on `4567/tcp`. This is documentation: it publishes nothing.'],
    [11, 'From here on RUN, CMD and ENTRYPOINT run as `app`'],
    [12, 'The files belong to root even though USER is set'],
    [13, "Shell form: stored as `/bin/sh -c 'python3 app.py'`"],
  ])('line %i', (line, text) => {
    expect(notesOf(FILE, line)).toContain(text);
  });

  test('heredocs: a RUN script and a file written by COPY', () => {
    const text = 'FROM debian:bookworm-slim\nWORKDIR /etc/app\nRUN <<EOF\nset -e\necho one\nEOF\nCOPY <<EOT config.ini\n[main]\nEOT\n';
    expect(notesOf(text, 3)).toContain('Runs the 2-line script between `<<EOF` and `EOF`');
    expect(notesOf(text, 7)).toContain('Creates `/etc/app/config.ini` in the image with the 1 line(s) of text');
  });

  test('HEALTHCHECK reads its interval and retries', () => {
    expect(notesOf('FROM nginx:1.27\nHEALTHCHECK --interval=5s --retries=2 CMD wget -q -O- http://localhost/\n', 2)).toContain(
      'Every 5s Docker runs `wget -q -O- http://localhost/` inside the container',
    );
  });

  test.each([
    '',
    '# only a comment',
    'FROM',
    'FROM alpine:3.20\nCOPY',
    'FROM alpine:3.20\nENV',
    'FROM alpine:3.20\nEXPOSE',
    'FROM alpine:3.20\nHEALTHCHECK',
    'FROM alpine:3.20\nUSER',
    'FROM alpine:3.20\nCMD',
    'FROM alpine:3.20\nRUN <<EOF',
    'FROM a\nCOPY --from=',
    'ARG\nFROM ${X:-',
    '\\\n\\',
  ])('odd input %j is explained without a crash', (text) => {
    const r = explainDockerfile(text);
    for (const f of r.findings) expect(f.line).toBeGreaterThanOrEqual(1);
  });

  test('a file with no FROM says so', () => {
    expect(explainDockerfile('RUN echo hi\n').findings.map((f) => f.rule)).toEqual(['NoFrom', 'NoFromFirst']);
  });
});
