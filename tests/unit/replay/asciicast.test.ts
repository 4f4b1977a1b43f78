import { describe, expect, it } from 'vitest';
import { formatProblems, parseAsciicast } from '../../../src/lib/replay/asciicast.ts';

const ok = (text: string) => {
  const r = parseAsciicast(text);
  if (!r.ok) throw new Error(formatProblems('test', r.errors));
  return r.recording;
};
const problems = (text: string) => {
  const r = parseAsciicast(text);
  if (r.ok) throw new Error('expected the file to be rejected');
  return r.errors;
};

describe('parseAsciicast: v2', () => {
  it('reads a minimal file', () => {
    const rec = ok('{"version": 2, "width": 80, "height": 24}\n[0.5, "o", "hi"]\n');
    expect(rec).toMatchObject({ version: 2, cols: 80, rows: 24, ignored: 0 });
    expect(rec.events).toEqual([{ time: 500, code: 'o', data: 'hi' }]);
  });

  it('reads a full file: absolute times, every event code, header fields', () => {
    const rec = ok(
      [
        '{"version": 2, "width": 100, "height": 30, "timestamp": 1504467315, "title": "Demo", "idle_time_limit": 2, "env": {"TERM": "xterm-256color"}}',
        '[0.248848, "o", "\\u001b[1;31mHello\\u001b[0m\\r\\n"]',
        '[1.0, "i", "ls\\r"]',
        '[1.5, "m", "docker ps"]',
        '[2.0, "r", "90x30"]',
        '[3.25, "x", "0"]',
      ].join('\n'),
    );
    expect(rec.title).toBe('Demo');
    expect(rec.idleTimeLimit).toBe(2000);
    expect(rec.header.timestamp).toBe(1504467315);
    expect(rec.events.map((e) => [e.time, e.code])).toEqual([
      [248.848, 'o'],
      [1000, 'i'],
      [1500, 'm'],
      [2000, 'r'],
      [3250, 'x'],
    ]);
  });

  it('skips unknown event codes and counts them', () => {
    const rec = ok('{"version": 2, "width": 80, "height": 24}\n[0.1, "z", "?"]\n[0.2, "o", "a"]');
    expect(rec.ignored).toBe(1);
    expect(rec.events).toHaveLength(1);
  });

  it('accepts CRLF line ends, a BOM and blank lines', () => {
    const rec = ok('\uFEFF{"version": 2, "width": 80, "height": 24}\r\n\r\n[0.1, "o", "a"]\r\n');
    expect(rec.events).toHaveLength(1);
  });
});

describe('parseAsciicast: v3', () => {
  it('reads a minimal file', () => {
    const rec = ok('{"version": 3, "term": {"cols": 80, "rows": 24}}\n[0.5, "o", "hi"]');
    expect(rec).toMatchObject({ version: 3, cols: 80, rows: 24 });
    expect(rec.events[0]!.time).toBe(500);
  });

  it('adds up intervals and skips comment lines', () => {
    const rec = ok(
      [
        '{"version": 3, "term": {"cols": 80, "rows": 24, "type": "xterm-256color"}, "title": "T", "idle_time_limit": 1.5}',
        '# event stream follows the header',
        '[0.248, "o", "Hello"]',
        '[1.001, "o", " world"]',
        '[3.5, "m", ""]',
        '# terminal resized',
        '[2.05, "r", "90x30"]',
        '[0.887, "x", "0"]',
      ].join('\n'),
    );
    expect(rec.events.map((e) => e.time)).toEqual([248, 1249, 4749, 6799, 7686]);
    expect(rec.idleTimeLimit).toBe(1500);
  });
});

describe('parseAsciicast: broken files name the line and the problem', () => {
  const cases: [name: string, text: string, line: number, message: RegExp][] = [
    ['empty file', '', 1, /empty/],
    ['header not JSON', '{"version": 2, width: 80}', 1, /header is not valid JSON/],
    ['header not an object', '[1, "o", "x"]', 1, /header must be a JSON object/],
    ['no version', '{"width": 80, "height": 24}', 1, /no "version"/],
    ['unsupported version', '{"version": 4}', 1, /"version" is 4 \(expected 1, 2 or 3\)/],
    ['v1 without stdout', '{\n"version": 1,\n"width": 80,\n"height": 24\n}', 1, /"stdout" is undefined/],
    ['v1 bad frame', '{"version": 1, "width": 80, "height": 24, "stdout": [[0.1, "a"], [0.2]]}', 1, /stdout\[1\]/],
    ['v2 width missing', '{"version": 2, "height": 24}', 1, /"width" is undefined/],
    ['v2 height zero', '{"version": 2, "width": 80, "height": 0}', 1, /"height" is 0/],
    ['v3 without term', '{"version": 3, "cols": 80}', 1, /"term" is undefined/],
    ['v3 cols as text', '{"version": 3, "term": {"cols": "80", "rows": 24}}', 1, /"term.cols" is "80"/],
    ['bad idle limit', '{"version": 2, "width": 80, "height": 24, "idle_time_limit": -1}', 1, /idle_time_limit/],
    ['event not JSON', '{"version": 2, "width": 80, "height": 24}\n[0.1, "o", "a"]\n[0.2, "o", "b"', 3, /not valid JSON/],
    ['event not an array', '{"version": 2, "width": 80, "height": 24}\n{"t": 1}', 2, /must be a JSON array/],
    ['event too short', '{"version": 2, "width": 80, "height": 24}\n[0.1, "o"]', 2, /needs 3 items/],
    ['negative time', '{"version": 2, "width": 80, "height": 24}\n[-1, "o", "a"]', 2, /time is -1/],
    ['time as text', '{"version": 3, "term": {"cols": 80, "rows": 24}}\n["0.1", "o", "a"]', 2, /time is "0.1"/],
    ['data not a string', '{"version": 2, "width": 80, "height": 24}\n[0.1, "o", 5]', 2, /data of a "o" event is 5/],
    ['v2 time going back', '{"version": 2, "width": 80, "height": 24}\n[2, "o", "a"]\n[1, "o", "b"]', 3, /earlier than the previous/],
    ['bad resize', '{"version": 3, "term": {"cols": 80, "rows": 24}}\n[0.1, "r", "wide"]', 2, /COLSxROWS/],
    ['comment in v2', '{"version": 2, "width": 80, "height": 24}\n# note', 2, /only allowed in asciicast v3/],
  ];
  it.each(cases)('%s', (_name, text, line, message) => {
    const errors = problems(text);
    expect(errors[0]!.line).toBe(line);
    expect(errors[0]!.message).toMatch(message);
  });

  it('reports every broken line, not only the first', () => {
    const errors = problems('{"version": 2, "width": 80, "height": 24}\n[0.1, "o"]\n[0.2, "o", "ok"]\nnope');
    expect(errors.map((e) => e.line)).toEqual([2, 4]);
  });

  it('stops after ten problems and says so', () => {
    const lines = ['{"version": 2, "width": 80, "height": 24}', ...Array.from({ length: 15 }, () => 'x')];
    const errors = problems(lines.join('\n'));
    expect(errors).toHaveLength(11);
    expect(errors[10]!.message).toMatch(/stopped after 10 problems/);
  });

  it('formats problems as file:line: message', () => {
    expect(formatProblems('a.cast', [{ line: 3, message: 'bad' }])).toBe('a.cast:3: bad');
  });
});
