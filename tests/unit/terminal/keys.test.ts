import { describe, expect, test } from 'vitest';
import { decodeInput, MAX_PASTE } from '../../../src/lib/terminal/keys';

describe('decodeInput', () => {
  test.each([
    ['a', [{ text: 'a' }]],
    ['\x1b[D', [{ name: 'left' }]],
    ['\x1b[C', [{ name: 'right' }]],
    ['\x1b[A', [{ name: 'up' }]],
    ['\x1bOB', [{ name: 'down' }]],
    ['\x1b[H', [{ name: 'home' }]],
    ['\x1b[1~', [{ name: 'home' }]],
    ['\x1b[F', [{ name: 'end' }]],
    ['\x1b[4~', [{ name: 'end' }]],
    ['\x1b[3~', [{ name: 'delete' }]],
    ['\x1b[1;5D', [{ name: 'left' }]],
    ['\x7f', [{ name: 'backspace' }]],
    ['\r', [{ name: 'enter' }]],
    ['\t', [{ name: 'tab' }]],
    ['\x01\x05\x15\x17\x0b', [{ name: 'ctrl-a' }, { name: 'ctrl-e' }, { name: 'ctrl-u' }, { name: 'ctrl-w' }, { name: 'ctrl-k' }]],
    ['\x12\x03\x0c\x07', [{ name: 'ctrl-r' }, { name: 'ctrl-c' }, { name: 'ctrl-l' }, { name: 'ctrl-g' }]],
    ['\x1b', [{ name: 'escape' }]],
    ['\x1b[99Z', []],
    ['héllo ✓', [{ text: 'héllo ✓' }]],
  ])('%j', (input, keys) => {
    expect(decodeInput(input)).toEqual({ keys });
  });

  test('a pasted block of lines becomes lines and Enters, in order', () => {
    expect(decodeInput('docker ps\r\ndocker images\nls')).toEqual({
      keys: [{ text: 'docker ps' }, { name: 'enter' }, { text: 'docker images' }, { name: 'enter' }, { text: 'ls' }],
    });
  });

  test('bracketed-paste markers are dropped', () => {
    expect(decodeInput('\x1b[200~pwd\x1b[201~')).toEqual({ keys: [{ text: 'pwd' }] });
  });

  test('more than 100 KB is refused with a message', () => {
    const result = decodeInput('x'.repeat(MAX_PASTE + 1));
    expect(result).toEqual({ refused: expect.stringMatching(/paste refused: 101 KB .*100 KB/) });
    expect(decodeInput('x'.repeat(MAX_PASTE))).toHaveProperty('keys');
  });
});
