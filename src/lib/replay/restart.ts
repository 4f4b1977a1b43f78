/**
 * Where a seek starts writing. The terminal already shows the first `applied`
 * events; to show the first `count`, the engine can write on from there
 * (forward only), reset and replay from a shortcut start (shortcut.ts), or
 * reset and restore a keyframe (keyframes.ts). The cheapest, in characters
 * written, wins; writing on is preferred unless a restart is less than half
 * its cost, so playback never resets the terminal for a small gain.
 */
import type { KeyframeStore } from './keyframes.ts';
import type { Shortcuts } from './shortcut.ts';
import { eventCountAt, posterTime, sizeAt, type Timeline } from './timeline.ts';

export interface Restart {
  /** Events the terminal shows after the restart. */
  count: number;
  cols: number;
  rows: number;
  /** What to write after the reset (a keyframe, or the shortcut's preamble). */
  data: string;
}

/**
 * How to restart for a frame of `count` events, or undefined to write on.
 * `applied` is what the terminal shows now; -1 when it shows something else
 * (a poster frame), so a restart is required.
 */
export function restartFor(
  timeline: Timeline,
  shortcuts: Shortcuts,
  keyframes: KeyframeStore | undefined,
  count: number,
  applied: number,
): Restart | undefined {
  const at = timeline.outputAt;
  const start = shortcuts.startFor(count);
  const mustRestart = applied < 0 || count < applied;
  const onward = mustRestart ? Infinity : at[count]! - at[applied]!;
  const replay = at[count]! - at[start]!;
  const key = keyframes?.atOrBefore(count);
  if (key && key.count > start) {
    const restore = key.data.length + at[count]! - at[key.count]!;
    if (restore < replay && restore * 2 <= onward) return { count: key.count, cols: key.cols, rows: key.rows, data: key.data };
  }
  if (!mustRestart && start <= applied) return undefined;
  return { count: start, ...sizeAt(timeline, start), data: shortcuts.preamble(start) };
}

/** Output (characters) the player writes at most to show an opened file's first frame. */
export const POSTER_BUDGET = 256 * 1024;

/**
 * The first frame for a recording opened by the user: the session's usual
 * poster (posterTime) when showing it writes little, else the very start. A
 * full-screen recording without markers would otherwise replay its whole
 * output (tens of megabytes) before the controls work.
 */
export function affordablePosterTime(timeline: Timeline, shortcuts: Shortcuts, budget = POSTER_BUDGET): number {
  const t = posterTime(timeline);
  const count = eventCountAt(timeline, t);
  const at = timeline.outputAt;
  return at[count]! - at[shortcuts.startFor(count)]! <= budget ? t : 0;
}
