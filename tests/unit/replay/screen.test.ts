import { describe, expect, it } from 'vitest';
import { plainText, Screen } from '../../../src/lib/replay/screen.ts';

describe('Screen: text the way a terminal shows it', () => {
  const cases: [name: string, input: string, lines: string[]][] = [
    ['plain lines', 'a\r\nb\r\n', ['a', 'b', '']],
    ['colours are dropped', '\x1b[1;32mok\x1b[0m done', ['ok done']],
    ['carriage return overwrites', 'That was ok\rThis is better.', ['This is better.']],
    ['erase to end of line after CR', '50%\r\x1b[K100%', ['100%']],
    ['backspace', 'ab\bc', ['ac']],
    ['tab stops every 8 columns', 'a\tb', ['a       b']],
    ['cursor up redraws a block', 'one\r\ntwo\r\n\x1b[2A\rONE\r\nTWO\r\n', ['ONE', 'TWO', '']],
    ['erase display below the cursor', 'x\r\ny\r\nz\x1b[2A\r\x1b[J', ['']],
    ['OSC titles are skipped (BEL and ST)', '\x1b]0;title\x07a\x1b]2;t\x1b\\b', ['ab']],
    ['charset selection is skipped', '\x1b(Bq', ['q']],
    ['private modes are skipped', '\x1b[?25lhi\x1b[?25h', ['hi']],
    ['bare LF keeps the column', 'ab\ncd', ['ab', '  cd']],
    ['column absolute', 'abcdef\x1b[3GX', ['abXdef']],
    ['erase whole line', 'abc\x1b[2K', ['']],
    ['erase to start of line', 'abcdef\x1b[3D\x1b[1K', ['    ef']],
    ['C1 controls are not printed', 'a\u0085b', ['ab']],
  ];
  it.each(cases)('%s', (_name, input, lines) => {
    expect(plainText(input)).toEqual(lines);
  });

  it('wraps at the column count when given one', () => {
    const s = new Screen({ cols: 4, rows: 3 });
    s.write('abcdefghij');
    expect(s.text()).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('frame() is the visible screen: last rows lines, padded', () => {
    const s = new Screen({ cols: 10, rows: 3 });
    s.write('1\r\n2\r\n3\r\n4\r\n5');
    expect(s.frame()).toEqual(['3', '4', '5']);
    const t = new Screen({ cols: 10, rows: 3 });
    t.write('only');
    expect(t.frame()).toEqual(['only', '', '']);
  });

  it('clearing the screen keeps history in text() but empties frame()', () => {
    const s = new Screen({ cols: 10, rows: 3 });
    s.write('old\r\n\x1b[H\x1b[2Jnew');
    expect(s.frame()).toEqual(['new', '', '']);
    expect(s.text()).toEqual(['old', 'new']);
  });

  it('cursor addressing counts from the top of the visible screen', () => {
    const s = new Screen({ cols: 10, rows: 2 });
    s.write('a\r\nb\r\nc\x1b[1;1HX');
    expect(s.frame()).toEqual(['X', 'c']);
  });
});

describe('Screen: agrees with a terminal on hard cases', () => {
  it('a wide character takes two cells, so later columns line up', () => {
    const s = new Screen({ cols: 10, rows: 2 });
    s.write('中文ab\x1b[5GX');
    expect(s.frame()).toEqual(['中文Xb', '']);
  });

  it('wraps before a wide character that does not fit', () => {
    const s = new Screen({ cols: 3, rows: 2 });
    s.write('ab中');
    expect(s.frame()).toEqual(['ab', '中']);
  });

  it('the alternate screen shows in the frame and stays out of the transcript', () => {
    const s = new Screen({ cols: 20, rows: 3 });
    s.write('$ vim\r\n\x1b[?1049h\x1b[HVIM TEXT');
    expect(s.frame()).toEqual(['VIM TEXT', '', '']);
    expect(s.text()).toEqual(['$ vim', '']);
    s.write('\x1b[?1049l$ done');
    expect(s.frame()).toEqual(['$ vim', '$ done', '']);
  });

  it('a resize changes where text wraps', () => {
    const s = new Screen({ cols: 4, rows: 2 });
    s.resize(6, 2);
    s.write('abcdefg');
    expect(s.frame()).toEqual(['abcdef', 'g']);
  });

  it('huge cursor moves stay within MAX_COLS, even without a width', () => {
    const s = new Screen({ rows: 2 });
    s.write(`${'\x1b[9999C'.repeat(1000)}x`);
    expect(s.text()[0]!.length).toBeLessThanOrEqual(500);
  });
});
