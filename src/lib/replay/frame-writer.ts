/**
 * Keeps a terminal at a frame of a timeline (its first N events) for the
 * replay engine. Forward, it writes only what the terminal lacks; backward
 * (or when that is shorter) it resets and replays from the latest point that
 * gives the same screen (shortcut.ts), or restores the latest keyframe and
 * replays from there (keyframes.ts); restart.ts picks which. Pure.
 */
import type { KeyframeStore } from './keyframes.ts';
import { restartFor } from './restart.ts';
import type { Shortcuts } from './shortcut.ts';
import { replayOps, type Timeline } from './timeline.ts';

/** What the engine needs from a terminal: xterm.js's Terminal fits, so does a test double. */
export interface TerminalLike {
  write(data: string): void;
  resize(cols: number, rows: number): void;
  reset(): void;
}

export class FrameWriter {
  private readonly timeline: Timeline;
  private readonly terminal: TerminalLike;
  private readonly shortcuts: Shortcuts;
  private readonly keyframes: KeyframeStore | undefined;
  /** Events already written to the terminal. */
  private applied = 0;
  private size: { cols: number; rows: number };
  /** The terminal shows a poster frame, not the frame of `applied` events. */
  private poster = false;

  constructor(timeline: Timeline, terminal: TerminalLike, shortcuts: Shortcuts, keyframes: KeyframeStore | undefined) {
    this.timeline = timeline;
    this.terminal = terminal;
    this.shortcuts = shortcuts;
    this.keyframes = keyframes;
    this.size = { cols: timeline.cols, rows: timeline.rows };
  }

  /** Events the terminal shows. */
  get count(): number {
    return this.applied;
  }

  /** What the terminal shows now is a poster frame: the next frame shown starts with a reset. */
  markPoster(): void {
    this.poster = true;
  }

  /** Brings the terminal to the frame of the first `count` events. */
  show(count: number): void {
    const restart = restartFor(this.timeline, this.shortcuts, this.keyframes, count, this.poster ? -1 : this.applied);
    if (restart) {
      this.terminal.reset();
      this.poster = false;
      // reset() keeps the terminal's size: set the one in effect at the restart point.
      this.resize(restart.cols, restart.rows);
      if (restart.data) this.terminal.write(restart.data);
      this.applied = restart.count;
    }
    for (const op of replayOps(this.timeline, this.applied, count)) {
      if (op.kind === 'write') this.terminal.write(op.data);
      else this.resize(op.cols, op.rows);
    }
    this.applied = count;
  }

  private resize(cols: number, rows: number): void {
    if (cols === this.size.cols && rows === this.size.rows) return;
    this.size = { cols, rows };
    this.terminal.resize(cols, rows);
  }
}
