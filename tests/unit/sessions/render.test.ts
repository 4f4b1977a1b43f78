import { describe, expect, it } from 'vitest';
import { align, buildkitFrames, colourize, composeFrames, tabwrite, visibleLength } from '../../../src/lib/sessions/render.ts';
import { BuildkitSchema, ComposeProgressSchema } from '../../../src/lib/sessions/scenario.ts';

describe('tabwrite: docker CLI table layout', () => {
  it('pads columns to their widest cell plus 3, at least 10, and leaves the last unpadded', () => {
    expect(
      tabwrite([
        ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'],
        ['4b7e91c02d3a', 'python:3.12-slim', '"python3 --version"', '10 seconds ago', 'Exited (0) 9 seconds ago', '', 'once'],
      ]),
    ).toEqual([
      'CONTAINER ID   IMAGE              COMMAND               CREATED          STATUS                     PORTS     NAMES',
      '4b7e91c02d3a   python:3.12-slim   "python3 --version"   10 seconds ago   Exited (0) 9 seconds ago             once',
    ]);
  });

  it('matches the empty docker ps header', () => {
    expect(tabwrite([['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES']])).toEqual([
      'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES',
    ]);
  });

  it('counts the ellipsis as one column', () => {
    expect(tabwrite([['"python3 -m flask ru…"', 'x']])[0]).toBe('"python3 -m flask ru…"   x');
  });
});

describe('colours and alignment', () => {
  it('turns known tags into ANSI codes and leaves other angle brackets alone', () => {
    expect(colourize('<green>✔</green> <none> a<b')).toBe('\x1b[32m✔\x1b[0m <none> a<b');
    expect(colourize('<bred>x</bred>')).toBe('\x1b[1;31mx\x1b[0m');
  });

  it('measures text as displayed', () => {
    expect(visibleLength('<green>✔</green> ok')).toBe(4);
    expect(visibleLength('\x1b[34mab\x1b[0m')).toBe(2);
    expect(visibleLength('<none>')).toBe(6);
  });

  it('aligns the right part to the width and cuts a long left part', () => {
    expect(align('abc', '0.1s', 12)).toBe('abc     0.1s');
    expect(align('abcdefghijkl', '0.1s', 12)).toBe('abcdefg 0.1s');
    expect(align('<green>✔</green> x', 'y', 6)).toBe('<green>✔</green> x  y');
  });
});

describe('buildkitFrames', () => {
  const spec = BuildkitSchema.parse({
    pace: 0.5,
    steps: [
      { name: '[internal] load build definition from Dockerfile', took: 0, sub: ['transferring dockerfile: 1B'] },
      { name: '[1/2] FROM docker.io/library/alpine', took: 1 },
      { name: '[2/2] RUN make', took: 2, logs: ['one', 'two'] },
      { name: '[3/3] COPY . .', took: 0, cached: true },
    ],
  });
  const frames = buildkitFrames(spec, 60);

  it('draws frames over time, compressed by the pace', () => {
    expect(frames[0]!.at).toBe(0);
    expect(frames.at(-1)!.at).toBe(1.5);
    expect(frames.every((f, i) => i === 0 || f.at > frames[i - 1]!.at)).toBe(true);
  });

  it('shows running steps with their logs, then a FINISHED summary in blue', () => {
    const running = frames.find((f) => f.lines.some((l) => l.includes('# one')))!;
    expect(running.lines[0]).toMatch(/^\[\+\] Building \d\.\ds \(2\/4\) +docker:default$/);
    const last = frames.at(-1)!.lines;
    expect(last[0]).toBe(`<blue>${align('[+] Building 3.0s (4/4) FINISHED', 'docker:default', 60)}</blue>`);
    expect(last).toContain(`<blue>${align(' => CACHED [3/3] COPY . .', '0.0s', 60)}</blue>`);
    expect(last.some((l) => l.includes('# '))).toBe(false);
    expect(last.every((l) => visibleLength(l) === 60)).toBe(true);
  });
});

describe('composeFrames', () => {
  const spec = ComposeProgressSchema.parse({
    items: [
      { name: 'Network app_default', doing: 'Creating', done: 'Created', took: 0.1 },
      { name: 'Container app-web-1', doing: 'Starting', done: 'Started', took: 0.5 },
    ],
  });
  it('ends with every item checked and its time', () => {
    const last = composeFrames(spec, 50).at(-1)!.lines;
    expect(last[0]).toBe('[+] Running 2/2');
    expect(last[2]).toBe(align(' <green>✔</green> Container app-web-1  Started   ', '0.5s', 50));
  });

  it('shows a spinner and the working word while an item runs', () => {
    const middle = composeFrames(spec, 50).find((f) => f.lines.some((l) => l.includes('Starting')))!;
    expect(middle.lines[0]).toBe('[+] Running 1/2');
  });
});
