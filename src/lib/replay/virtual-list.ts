/**
 * Windowing maths for a long list of rows of different heights (the
 * transcript of a recording with thousands of commands): which rows to put in
 * the page for a scroll position, and how much empty space stands in for the
 * rest. Heights start as estimates and are corrected as rows are measured;
 * prefix sums live in a Fenwick tree, so a correction and a lookup each cost
 * O(log n) even for millions of rows.
 */

export interface ListWindow {
  /** First row to draw. */
  start: number;
  /** One past the last row to draw. */
  end: number;
  /** Space above the first drawn row and below the last, in pixels. */
  before: number;
  after: number;
}

export class VirtualHeights {
  private readonly heights: Float64Array;
  private readonly tree: Float64Array;

  constructor(
    readonly count: number,
    estimate: (i: number) => number,
  ) {
    this.heights = new Float64Array(count);
    this.tree = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) this.heights[i] = Math.max(0, estimate(i));
    // Linear-time build: each node passes its sum on to its parent.
    for (let i = 1; i <= count; i++) {
      this.tree[i]! += this.heights[i - 1]!;
      const parent = i + (i & -i);
      if (parent <= count) this.tree[parent]! += this.tree[i]!;
    }
  }

  height(i: number): number {
    return this.heights[i] ?? 0;
  }

  /** Records a measured height; returns whether it changed. */
  setHeight(i: number, h: number): boolean {
    if (i < 0 || i >= this.count) return false;
    const delta = Math.max(0, h) - this.heights[i]!;
    if (delta === 0) return false;
    this.heights[i]! += delta;
    for (let k = i + 1; k <= this.count; k += k & -k) this.tree[k]! += delta;
    return true;
  }

  /** Pixels above row i (the sum of the heights of rows 0 … i − 1). */
  offsetOf(i: number): number {
    let sum = 0;
    for (let k = Math.min(Math.max(0, i), this.count); k > 0; k -= k & -k) sum += this.tree[k]!;
    return sum;
  }

  total(): number {
    return this.offsetOf(this.count);
  }

  /** The row at `offset` pixels from the top (the last row past the end, 0 when empty). */
  indexAt(offset: number): number {
    if (this.count === 0) return 0;
    let pos = 0;
    let rest = offset;
    for (let step = 1 << Math.floor(Math.log2(this.count)); step > 0; step >>= 1) {
      const next = pos + step;
      if (next <= this.count && this.tree[next]! <= rest) {
        pos = next;
        rest -= this.tree[next]!;
      }
    }
    return Math.min(pos, this.count - 1);
  }

  /**
   * Rows to draw for a viewport of `height` pixels scrolled to `top`, with
   * `overscan` pixels drawn beyond each edge (so Tab and small scrolls find the
   * next row already there), and always at least `minRows` rows when the list
   * has them.
   */
  window(top: number, height: number, overscan = 0, minRows = 1): ListWindow {
    if (this.count === 0) return { start: 0, end: 0, before: 0, after: 0 };
    const start = this.indexAt(Math.max(0, top - overscan));
    let end = this.indexAt(top + height + overscan) + 1;
    end = Math.min(this.count, Math.max(end, start + minRows));
    return { start, end, before: this.offsetOf(start), after: this.total() - this.offsetOf(end) };
  }
}

/** Sizes (pixels) an estimate of a transcript entry's height is made of. */
export interface EntryMetrics {
  /** The command line with its buttons. */
  head: number;
  /** One line of output. */
  line: number;
  /** Padding, borders and the output box's own padding. */
  chrome: number;
}

/** A first guess at an entry's height before it is drawn: its command line plus its output lines. */
export function estimateEntryHeight(entry: { command?: string; output: string }, m: EntryMetrics): number {
  let lines = 0;
  if (entry.output) {
    lines = 1;
    for (let i = entry.output.indexOf('\n'); i >= 0; i = entry.output.indexOf('\n', i + 1)) lines++;
  }
  return m.chrome + (entry.command ? m.head : 0) + lines * m.line;
}
