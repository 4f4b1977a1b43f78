import { describe, expect, it } from 'vitest';
import { estimateEntryHeight, VirtualHeights } from '../../../src/lib/replay/virtual-list.ts';

describe('VirtualHeights', () => {
  // Rows of 10, 20, 30, 40, 50 px: offsets 0, 10, 30, 60, 100; total 150.
  const make = () => new VirtualHeights(5, (i) => (i + 1) * 10);

  it('sums heights above each row', () => {
    const h = make();
    expect([0, 1, 2, 3, 4, 5].map((i) => h.offsetOf(i))).toEqual([0, 10, 30, 60, 100, 150]);
    expect(h.total()).toBe(150);
  });

  it.each([
    [0, 0],
    [9.9, 0],
    [10, 1],
    [29, 1],
    [30, 2],
    [99, 3],
    [100, 4],
    [149, 4],
    [1000, 4],
    [-5, 0],
  ])('the row at %s px is %s', (offset, row) => {
    expect(make().indexAt(offset)).toBe(row);
  });

  it('takes measured heights, reporting only real changes', () => {
    const h = make();
    expect(h.setHeight(1, 20)).toBe(false);
    expect(h.setHeight(1, 70)).toBe(true);
    expect(h.setHeight(9, 70)).toBe(false);
    expect(h.height(1)).toBe(70);
    expect([h.offsetOf(2), h.offsetOf(5), h.indexAt(79), h.indexAt(80)]).toEqual([80, 200, 1, 2]);
  });

  it.each([
    ['the top', 0, 35, 0, { start: 0, end: 3, before: 0, after: 90 }],
    ['the middle, with overscan', 60, 20, 15, { start: 2, end: 4, before: 30, after: 50 }],
    ['past the end', 500, 20, 0, { start: 4, end: 5, before: 100, after: 0 }],
  ])('window at %s', (_name, top, height, overscan, expected) => {
    expect(make().window(top, height, overscan)).toEqual(expected);
  });

  it('draws at least minRows rows, and nothing for an empty list', () => {
    expect(make().window(0, 1, 0, 3)).toMatchObject({ start: 0, end: 3 });
    expect(new VirtualHeights(0, () => 10).window(0, 100)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
    expect(new VirtualHeights(0, () => 10).indexAt(5)).toBe(0);
  });

  it('stays exact over a million rows', () => {
    const h = new VirtualHeights(1_000_000, () => 24);
    h.setHeight(500_000, 124);
    expect(h.total()).toBe(24_000_100);
    expect(h.indexAt(24 * 500_000 + 123)).toBe(500_000);
    expect(h.indexAt(24 * 500_000 + 124)).toBe(500_001);
    expect(h.window(24 * 999_990 + 100, 240)).toMatchObject({ start: 999_990, end: 1_000_000, after: 0 });
  });
});

describe('estimateEntryHeight', () => {
  const m = { head: 30, line: 18, chrome: 12 };
  it.each([
    ['a command without output', { command: 'ls', output: '' }, 42],
    ['output before the first command', { output: 'a\nb\nc' }, 12 + 3 * 18],
    ['a command with two lines', { command: 'ls', output: 'a\nb' }, 12 + 30 + 36],
  ])('%s', (_name, entry, expected) => {
    expect(estimateEntryHeight(entry, m)).toBe(expected);
  });
});
