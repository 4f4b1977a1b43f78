import { describe, expect, test } from 'vitest';
import { redrawLine, START } from '../../../src/lib/terminal/redraw';

describe('redrawLine', () => {
  test.each([
    // [previous row, promptWidth, text, cursor, cols, sequence, row]
    [0, 2, 'ls', 2, 80, '\r\x1b[J$ ls\r\x1b[4C', 0],
    [0, 2, 'ls', 0, 80, '\r\x1b[J$ ls\r\x1b[2C', 0],
    [0, 2, 'abcdefghij', 10, 8, '\r\x1b[J$ abcdefghij\r\x1b[4C', 1],
    [1, 2, 'abcdefghij', 1, 8, '\x1b[1A\r\x1b[J$ abcdefghij\x1b[1A\r\x1b[3C', 0],
    [0, 2, 'abcdef', 6, 8, '\r\x1b[J$ abcdef \r\x1b[K\r', 1],
  ])('from row %i, prompt %i, %j at %i in %i columns', (row, width, text, cursor, cols, sequence, cursorRow) => {
    expect(redrawLine({ cursorRow: row }, '$ ', width, text, cursor, cols)).toEqual({ sequence, layout: { cursorRow } });
  });

  test('zero columns do not divide by zero', () => {
    expect(redrawLine(START, '', 0, 'x', 1, 0).layout.cursorRow).toBe(1);
  });
});
