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
import { sizeAt, type Timeline } from './timeline.ts';

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
