/**
 * Keyframe snapshots against crafted terminal states: each state is written
 * into a headless xterm, snapshotted, restored into a fresh one, and then both
 * get the same continuation. Their screens must match, so state the snapshot
 * missed (a scroll region, origin mode, a pending wrap…) shows up as a diff.
 */
import { describe, expect, it } from 'vitest';
import { sgr, SnapshotTerminal } from '../../../src/lib/replay/xterm-snapshot.ts';
import { HeadlessTerminal, snapshotDeps } from './xterm-oracle.ts';

const COLS = 20;
const ROWS = 6;
/** Text that moves, scrolls and wraps: it makes every piece of state visible. */
const CONTINUATION = 'ABC\r\n\x1b[2;1HDEF\x1b[1;1Hghi\x1b7\x1b[5;5Hjk\x1b8LMN\r\n1\r\n2\r\n3\r\n4\r\n5 and a long line that wraps around';

async function screenAfter(prefix: string, restored: boolean): Promise<string[]> {
  const term = new HeadlessTerminal(COLS, ROWS);
  if (restored) {
    const snap = new SnapshotTerminal(snapshotDeps, COLS, ROWS);
    await snap.write(prefix);
    const data = await snap.snapshot();
    snap.dispose();
    if (data === undefined) throw new Error('no snapshot');
    term.write(data);
  } else term.write(prefix);
  term.write(CONTINUATION);
  const screen = await term.screen();
  term.dispose();
  return screen;
}

describe('SnapshotTerminal', () => {
  it.each([
    ['plain text and colours', 'hello \x1b[1;31mred\x1b[0m world\r\nnext'],
    ['a scroll region', '\x1b[2;4rtop\x1b[4;1Hin region'],
    ['origin mode inside a scroll region', '\x1b[2;5r\x1b[?6h\x1b[2;3Hx'],
    ['the alternate screen over a normal one', 'normal text\x1b[?1049h\x1b[3;3Halt text'],
    ['a pending wrap at the right edge', 'x'.repeat(COLS)],
    ['a pending wrap after a wide character', `${'x'.repeat(COLS - 2)}界`],
    ['a saved cursor', '\x1b[4;6H\x1b7\x1b[1;1H'],
    ['insert mode', 'abcdef\x1b[1;2H\x1b[4h'],
    ['no autowrap', '\x1b[?7l'],
    ['a hidden cursor and mouse reporting', '\x1b[?25l\x1b[?1000h\x1b[?1h'],
    ['colours in effect for what comes next', '\x1b[42;4mstill green'],
  ])('%s', async (_name, prefix) => {
    expect(await screenAfter(prefix, true)).toEqual(await screenAfter(prefix, false));
  });

  it('refuses a state it cannot restore (a line-drawing charset)', async () => {
    const snap = new SnapshotTerminal(snapshotDeps, COLS, ROWS);
    await snap.write('\x1b(0qqq');
    expect(await snap.snapshot()).toBeUndefined();
    await snap.write('\x1b(B');
    expect(await snap.snapshot()).toEqual(expect.any(String));
    snap.dispose();
  });
});

describe('sgr', () => {
  const cell = (o: Partial<Record<string, boolean | number>> = {}) => {
    const f = (k: string) => () => o[k] ?? false;
    return {
      isFgRGB: f('fgRGB'),
      isFgPalette: f('fgPalette'),
      isBgRGB: f('bgRGB'),
      isBgPalette: f('bgPalette'),
      getFgColor: () => Number(o.fg ?? 0),
      getBgColor: () => Number(o.bg ?? 0),
      isBold: f('bold'),
      isDim: f('dim'),
      isItalic: f('italic'),
      isUnderline: f('underline'),
      isBlink: f('blink'),
      isInverse: f('inverse'),
      isInvisible: f('invisible'),
      isStrikethrough: f('strike'),
      isOverline: f('overline'),
    };
  };
  it.each([
    ['defaults', cell(), '\x1b[0;39;49m'],
    ['palette colours and bold', cell({ fgPalette: true, fg: 1, bgPalette: true, bg: 200, bold: 1 }), '\x1b[0;38;5;1;48;5;200;1m'],
    ['RGB colours', cell({ fgRGB: true, fg: 0x102030, bgRGB: true, bg: 0xff0000 }), '\x1b[0;38;2;16;32;48;48;2;255;0;0m'],
    [
      'every style',
      cell({ dim: 1, italic: 1, underline: 1, blink: 1, inverse: 1, invisible: 1, strike: 1, overline: 1 }),
      '\x1b[0;39;49;2;3;4;5;7;8;9;53m',
    ],
  ])('%s', (_name, c, expected) => {
    expect(sgr(c)).toBe(expected);
  });
});
