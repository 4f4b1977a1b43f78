/**
 * Keyframes: snapshots of the terminal taken every so many bytes of output,
 * as terminal players do, so that a seek restores the nearest snapshot before
 * the target and writes only the output after it. The shortcuts (shortcut.ts)
 * already make plain shell output cheap to seek; keyframes cover the rest
 * (full-screen programs, scroll regions, the alternate screen), where a seek
 * used to replay the recording from its first byte.
 *
 * This module is the pure part: where to take snapshots (by bytes, so a burst
 * of output gets as many as a slow trickle needs), how many at most, and which
 * one serves a seek. Taking a snapshot needs a terminal emulator: see
 * keyframe-builder.ts and xterm-snapshot.ts.
 */
import type { Timeline } from './timeline.ts';

/** At most this many keyframes per recording (memory: each is one screenful of text and escapes). */
export const MAX_KEYFRAMES = 200;
/** Never closer than this many characters of output: below it, replaying is as cheap as restoring. */
export const MIN_KEYFRAME_SPACING = 64 * 1024;
/** Recordings with less output than this get no keyframes at all. */
export const KEYFRAME_THRESHOLD = 2 * MIN_KEYFRAME_SPACING;
/** Snapshots kept in all, in characters; past it the later ones are dropped (a 500×200 colour screen is ~1 MB). */
export const MAX_KEYFRAME_CHARS = 32 * 1024 * 1024;

/**
 * Event counts at which to take a keyframe (the state after the first `count`
 * events), ascending. Spaced by output characters: `spacing` = total / MAX,
 * but never below MIN_KEYFRAME_SPACING.
 */
export function planKeyframes(
  outputAt: ArrayLike<number>,
  options: { max?: number; minSpacing?: number; threshold?: number } = {},
): Int32Array {
  const { max = MAX_KEYFRAMES, minSpacing = MIN_KEYFRAME_SPACING, threshold = KEYFRAME_THRESHOLD } = options;
  const n = outputAt.length - 1;
  const total = n > 0 ? outputAt[n]! : 0;
  if (total < threshold || max < 1) return new Int32Array(0);
  const spacing = Math.max(minSpacing, Math.ceil(total / (max + 1)));
  const out: number[] = [];
  let next = spacing;
  for (let count = 1; count < n && out.length < max; count++) {
    // outputAt[count] = characters written by the first `count` events.
    if (outputAt[count]! >= next) {
      out.push(count);
      next = outputAt[count]! + spacing;
    }
  }
  return Int32Array.from(out);
}

/** Event counts to take keyframes at, for a timeline. */
export function keyframePlan(timeline: Timeline): Int32Array {
  return planKeyframes(timeline.outputAt);
}

export interface Keyframe {
  /** The terminal after the first `count` events… */
  count: number;
  /** …at this size… */
  cols: number;
  rows: number;
  /** …is what a reset terminal of that size shows after writing `data`. */
  data: string;
}

/**
 * The keyframes known so far (a worker sends them in batches while the player
 * already runs). Counts only grow: a batch starts after the last one held.
 */
export class KeyframeStore {
  private readonly counts: number[] = [];
  private readonly frames: Keyframe[] = [];
  private chars = 0;

  constructor(private readonly maxChars = MAX_KEYFRAME_CHARS) {}

  get size(): number {
    return this.frames.length;
  }

  /** Adds keyframes; out-of-order ones and those past the size budget are ignored. Returns how many were kept. */
  add(frames: readonly Keyframe[]): number {
    let kept = 0;
    for (const f of frames) {
      const last = this.counts[this.counts.length - 1] ?? 0;
      if (f.count <= last || this.chars + f.data.length > this.maxChars) continue;
      this.counts.push(f.count);
      this.frames.push(f);
      this.chars += f.data.length;
      kept++;
    }
    return kept;
  }

  /** The latest keyframe at or before `count` events, if any. */
  atOrBefore(count: number): Keyframe | undefined {
    let lo = 0;
    let hi = this.counts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.counts[mid]! <= count) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? this.frames[lo - 1] : undefined;
  }
}
