/**
 * How many terminal cells a code point takes, as xterm.js counts them
 * (Unicode 6 widths): 0 for combining marks, 2 for East Asian wide and
 * fullwidth characters, 1 otherwise. The plain-text model uses it so its
 * columns agree with the terminal's on CJK text.
 */

// Ranges [first, last] of wide code points (East Asian Wide/Fullwidth, as in wcwidth).
const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f],
  [0x2329, 0x232a],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x2fffd],
  [0x30000, 0x3fffd],
];
const COMBINING: readonly [number, number][] = [
  [0x0300, 0x036f],
  [0x0483, 0x0489],
  [0x0591, 0x05bd],
  [0x0610, 0x061a],
  [0x064b, 0x065f],
  [0x0e31, 0x0e31],
  [0x0e34, 0x0e3a],
  [0x200b, 0x200f],
  [0x20d0, 0x20ff],
  [0xfe00, 0xfe0f],
  [0xfe20, 0xfe2f],
];

function within(ranges: readonly [number, number][], code: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const [a, b] = ranges[mid]!;
    if (code < a) hi = mid - 1;
    else if (code > b) lo = mid + 1;
    else return true;
  }
  return false;
}

export function charWidth(code: number): 0 | 1 | 2 {
  if (code < 0x300) return 1;
  if (within(COMBINING, code)) return 0;
  return within(WIDE, code) ? 2 : 1;
}
