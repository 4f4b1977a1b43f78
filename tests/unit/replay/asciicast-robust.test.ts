import { describe, expect, it } from 'vitest';
import { damageMessage, parseAsciicast, readResize } from '../../../src/lib/replay/asciicast.ts';
import { depthOf } from '../../../src/lib/replay/cast-values.ts';
import { MAX_COLS, MAX_ROWS, tooLargeMessage } from '../../../src/lib/replay/limits.ts';

const V2 = '{"version": 2, "width": 80, "height": 24}';

describe('parseAsciicast: v1', () => {
  it('turns stdout frames (delays) into output events at absolute times', () => {
    const r = parseAsciicast(
      JSON.stringify(
        {
          version: 1,
          width: 90,
          height: 20,
          duration: 1.5,
          title: null,
          stdout: [
            [0.5, 'a'],
            [1, 'ż'],
          ],
        },
        null,
        2,
      ),
    );
    if (!r.ok) throw new Error(r.errors[0]!.message);
    expect(r.recording).toMatchObject({ version: 1, cols: 90, rows: 20, title: undefined });
    expect(r.recording.events).toEqual([
      { time: 500, code: 'o', data: 'a' },
      { time: 1500, code: 'o', data: 'ż' },
    ]);
    expect(r.recording.header.stdout).toBeUndefined();
  });

  it('plays the frames before a bad one in partial mode', () => {
    const r = parseAsciicast('{"version": 1, "width": 80, "height": 24, "stdout": [[0.1, "a"], ["x", "b"]]}', { partial: true });
    expect(r.ok && r.recording.events.length).toBe(1);
    expect(r.ok && r.recording.damage?.message).toMatch(/stdout\[1\]/);
  });
});

describe('parseAsciicast: partial mode keeps what precedes the first bad line', () => {
  const cases: [string, string, number, number, RegExp][] = [
    ['truncated last line', `${V2}\n[0.1, "o", "a"]\n[0.2, "o", "b"]\n[0.3, "o", "unfini`, 2, 4, /not valid JSON/],
    ['garbage line', `${V2}\n[0.1, "o", "a"]\nlol!\n[0.3, "o", "c"]`, 1, 3, /not valid JSON/],
    ['time going back', `${V2}\n[2, "o", "a"]\n[1, "o", "b"]`, 1, 3, /earlier/],
    ['bad resize', `${V2}\n[1, "r", "x"]`, 0, 2, /COLSxROWS/],
  ];
  it.each(cases)('%s', (_name, text, events, line, message) => {
    const r = parseAsciicast(text, { partial: true });
    if (!r.ok) throw new Error('partial mode should keep the playable part');
    expect(r.recording.events).toHaveLength(events);
    expect(r.recording.damage).toMatchObject({ line });
    expect(r.recording.damage!.message).toMatch(message);
  });

  it('says where and why in one sentence', () => {
    expect(damageMessage({ line: 4, message: 'not valid JSON' }, 2)).toBe(
      'The recording is damaged at line 4 (not valid JSON); the 2 events before it play.',
    );
  });

  it('a file without damage has none', () => {
    const r = parseAsciicast(`${V2}\n[0.1, "o", "a"]`, { partial: true });
    expect(r.ok && r.recording.damage).toBeUndefined();
  });
});

describe('bounds', () => {
  it('clamps a huge header size to the largest terminal', () => {
    const r = parseAsciicast('{"version": 2, "width": 10000, "height": 10000}');
    expect(r.ok && [r.recording.cols, r.recording.rows]).toEqual([MAX_COLS, MAX_ROWS]);
  });

  it('clamps resizes', () => {
    expect(readResize('10000x10000')).toEqual({ cols: MAX_COLS, rows: MAX_ROWS });
    expect(readResize('100x30')).toEqual({ cols: 100, rows: 30 });
    expect(readResize('0x30')).toBeUndefined();
  });

  it('caps titles and marker labels', () => {
    const r = parseAsciicast(`{"version": 2, "width": 80, "height": 24, "title": "${'t'.repeat(5000)}"}\n[1, "m", "${'m'.repeat(5000)}"]`);
    if (!r.ok) throw new Error('expected ok');
    expect(r.recording.title!.length).toBeLessThanOrEqual(200);
    expect(r.recording.events[0]!.data.length).toBeLessThanOrEqual(200);
  });

  it('refuses deeply nested JSON with a message, without overflowing the stack', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const r = parseAsciicast(`${V2}\n${deep}`);
    expect(!r.ok && r.errors[0]!.message).toMatch(/nested more than 16 levels/);
    expect(depthOf([1, [2, [3]]])).toBe(3);
  });

  it('names the real size and the limit in the same unit', () => {
    expect(tooLargeMessage('big.cast', 60 * 1024 * 1024)).toBe('big.cast is 60 MiB; the player opens recordings up to 50 MiB.');
  });

  it('reads the recording theme (v2 theme, v3 term.theme) and ignores a malformed one', () => {
    const palette = Array.from({ length: 16 }, () => '#112233').join(':');
    const v3 = parseAsciicast(
      `{"version": 3, "term": {"cols": 80, "rows": 24, "theme": {"fg": "#ffffff", "bg": "#000000", "palette": "${palette}"}}}`,
    );
    expect(v3.ok && v3.recording.theme?.palette).toHaveLength(16);
    const bad = parseAsciicast('{"version": 2, "width": 80, "height": 24, "theme": {"fg": "", "bg": "", "palette": ""}}');
    expect(bad.ok && bad.recording.theme).toBeUndefined();
  });
});
