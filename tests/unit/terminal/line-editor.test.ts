import { describe, expect, test } from 'vitest';
import { LineEditor, type Action } from '../../../src/lib/terminal/line-editor';
import { decodeInput, type Key } from '../../../src/lib/terminal/keys';

/** Types raw terminal input into an editor; returns the last action. */
function type(editor: LineEditor, input: string): Action {
  const decoded = decodeInput(input);
  if (!('keys' in decoded)) throw new Error('refused');
  let last: Action = { type: 'none' };
  for (const key of decoded.keys) last = editor.press(key as Key);
  return last;
}

const LEFT = '\x1b[D';
const RIGHT = '\x1b[C';
const UP = '\x1b[A';
const DOWN = '\x1b[B';

describe('editing keys', () => {
  test.each([
    // [typed, buffer, cursor]
    ['abc', 'abc', 3],
    [`abc${LEFT}${LEFT}X`, 'aXbc', 2],
    [`abc${LEFT}${LEFT}${LEFT}${LEFT}X`, 'Xabc', 1],
    [`abc${RIGHT}X`, 'abcX', 4],
    [`abc\x1b[HX`, 'Xabc', 1],
    [`abc\x01X`, 'Xabc', 1],
    [`abc\x01\x1b[FX`, 'abcX', 4],
    [`abc\x01\x05X`, 'abcX', 4],
    ['abc\x7f', 'ab', 2],
    [`abc${LEFT}\x7f`, 'ac', 1],
    ['\x7f', '', 0],
    [`abc${LEFT}${LEFT}\x1b[3~`, 'ac', 1],
    ['abc\x1b[3~', 'abc', 3],
    [`docker ps -a${LEFT}${LEFT}\x15`, '-a', 0],
    [`docker ps -a${LEFT}${LEFT}\x0b`, 'docker ps ', 10],
    ['docker ps -a\x17', 'docker ps ', 10],
    ['docker ps   \x17', 'docker ', 7],
    [`docker ps -a${LEFT}${LEFT}${LEFT}\x17`, 'docker  -a', 7],
  ])('%j', (input, buffer, cursor) => {
    const editor = new LineEditor();
    type(editor, input);
    expect({ buffer: editor.buffer, cursor: editor.cursor }).toEqual({ buffer, cursor });
  });

  test('Enter submits the line and empties the buffer', () => {
    const editor = new LineEditor();
    expect(type(editor, 'docker ps\r')).toEqual({ type: 'submit', line: 'docker ps' });
    expect(editor.buffer).toBe('');
  });

  test('Ctrl-C cancels the line; Ctrl-L asks for a clear', () => {
    const editor = new LineEditor();
    expect(type(editor, 'docker p\x03')).toEqual({ type: 'cancel', line: 'docker p' });
    expect(editor.buffer).toBe('');
    expect(type(editor, '\x0c')).toEqual({ type: 'clear' });
  });
});

describe('history', () => {
  const seeded = () => new LineEditor(undefined, ['docker ps', 'docker images', 'ls']);

  test.each([
    // [keys, buffer]
    [UP, 'ls'],
    [UP + UP, 'docker images'],
    [UP + UP + UP + UP + UP, 'docker ps'],
    [UP + DOWN, ''],
    [`draft${UP}${DOWN}`, 'draft'],
    [DOWN, ''],
  ])('%j', (keys, buffer) => {
    const editor = seeded();
    type(editor, keys);
    expect(editor.buffer).toBe(buffer);
  });

  test('blank lines and repeats are not stored', () => {
    const editor = new LineEditor();
    type(editor, 'pwd\rpwd\r  \rls\r');
    expect(editor.history).toEqual(['pwd', 'ls']);
  });

  test.each([
    // [keys, shown, then buffer after accepting with Right]
    ['\x12doc', "(reverse-i-search)`doc': docker images", 'docker images'],
    ['\x12doc\x12', "(reverse-i-search)`doc': docker ps", 'docker ps'],
    ['\x12doc\x12\x12', "(reverse-i-search)`doc': docker ps", 'docker ps'],
    ['\x12zzz', "(failed reverse-i-search)`zzz': ", ''],
    ['\x12imx\x7f', "(reverse-i-search)`im': docker images", 'docker images'],
  ])('Ctrl-R %j', (keys, shown, buffer) => {
    const editor = seeded();
    type(editor, keys);
    expect(editor.display().text).toBe(shown);
    type(editor, RIGHT);
    expect(editor.searching).toBeUndefined();
    expect(editor.buffer).toBe(buffer);
  });

  test('Enter in a reverse search runs the match; Ctrl-G leaves the line alone', () => {
    const editor = seeded();
    expect(type(editor, '\x12imag\r')).toEqual({ type: 'submit', line: 'docker images' });
    type(editor, 'kept\x12ps\x07');
    expect(editor.buffer).toBe('kept');
  });
});

describe('Tab', () => {
  test('asks the completer and applies what it returns', () => {
    const editor = new LineEditor((buffer, cursor) => ({ buffer: `${buffer}s `, cursor: cursor + 2, listing: ['ps'] }));
    expect(type(editor, 'docker p\t')).toEqual({ type: 'redraw' });
    expect(editor.buffer).toBe('docker ps ');
  });

  test('lists candidates when nothing can be added', () => {
    const editor = new LineEditor((buffer, cursor) => ({ buffer, cursor, listing: ['push', 'pull'] }));
    expect(type(editor, 'docker pu\t')).toEqual({ type: 'list', items: ['push', 'pull'] });
  });
});
