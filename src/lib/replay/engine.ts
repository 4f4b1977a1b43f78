/**
 * The replay engine: a small state machine that plays a timeline into a
 * terminal. Time comes from an injected `Clock` and output goes to a
 * `TerminalLike`, so the engine runs (and is tested) in Node with a fake clock;
 * it never imports xterm.js. The outside world learns what happened through one
 * `dispatch` callback.
 *
 * Its states and their transitions are in engine-states.ts; what reaches the
 * terminal for a frame is frame-writer.ts's. This module keeps time: play,
 * pause, seek, speed and the current command.
 *
 * Positions are milliseconds of recording time (after idle time is capped).
 */
import type { Clock } from './clock.ts';
import { clamp, clampSpeed, fasterSpeed, NEXT, slowerSpeed, type Command, type EngineEvent, type PlayerState } from './engine-states.ts';
import { FrameWriter, type TerminalLike } from './frame-writer.ts';
import type { KeyframeStore } from './keyframes.ts';
import { buildShortcuts, type Shortcuts } from './shortcut.ts';
import { eventCountAt, markerAt, nextFrame, previousFrame, type Timeline } from './timeline.ts';

export { systemClock, type Clock } from './clock.ts';
export { MAX_SPEED, MIN_SPEED, SPEEDS, type EngineEvent, type PlayerState } from './engine-states.ts';
export type { TerminalLike } from './frame-writer.ts';

/** "Previous command" within this much of a command's start goes to the one before it. */
export const RESTART_WINDOW = 1000;

export interface EngineOptions {
  terminal: TerminalLike;
  clock: Clock;
  dispatch?: (event: EngineEvent) => void;
  /** Starting speed; default 1. */
  speed?: number;
  /** Precomputed seek shortcuts (a Web Worker builds them for large files); built here otherwise. */
  shortcuts?: Shortcuts;
  /** Terminal snapshots (keyframes.ts); the store may still be filling while the engine runs. */
  keyframes?: KeyframeStore;
}

export class Engine {
  readonly timeline: Timeline;
  private readonly frames: FrameWriter;
  private readonly clock: Clock;
  private readonly dispatch: (event: EngineEvent) => void;
  private current: PlayerState = 'idle';
  private rate = 1;
  /** Position when not playing; when playing, the position at `anchorWall`. */
  private pos = 0;
  private anchorWall = 0;
  private marker = -1;
  private cancelTimer: (() => void) | undefined;

  constructor(timeline: Timeline, options: EngineOptions) {
    this.timeline = timeline;
    this.frames = new FrameWriter(timeline, options.terminal, options.shortcuts ?? buildShortcuts(timeline), options.keyframes);
    this.clock = options.clock;
    this.dispatch = options.dispatch ?? (() => {});
    if (options.speed !== undefined) this.rate = clampSpeed(options.speed);
  }

  get state(): PlayerState {
    return this.current;
  }

  get speed(): number {
    return this.rate;
  }

  get duration(): number {
    return this.timeline.duration;
  }

  /** Index of the command (marker) at the current position, or -1 before the first. */
  get markerIndex(): number {
    return this.marker;
  }

  /** The label of the current command, if the position is past a marker. */
  get currentCommand(): string | undefined {
    return this.timeline.markers[this.marker]?.label;
  }

  /** Current position in milliseconds. */
  position(): number {
    if (this.current !== 'playing') return this.pos;
    return Math.min(this.timeline.duration, this.pos + (this.clock.now() - this.anchorWall) * this.rate);
  }

  /** Draws the frame at `time` while staying idle at position 0 (a session's first frame). */
  showPoster(time: number): void {
    if (this.current !== 'idle') return;
    this.render(clamp(time, 0, this.timeline.duration), false);
    this.frames.markPoster();
  }

  play(): void {
    const next = NEXT[this.current].play;
    if (!next) return;
    if (this.current === 'ended' || this.current === 'idle') this.pos = 0;
    this.render(this.pos);
    this.anchor(this.pos);
    this.setState(next);
    this.tick();
  }

  pause(): void {
    const next = NEXT[this.current].pause;
    if (!next) return;
    this.freeze();
    this.setState(next);
  }

  toggle(): void {
    if (this.current === 'playing') this.pause();
    else this.play();
  }

  /** Jumps to `time` (clamped to the recording); playing stays playing. */
  seek(time: number, command: Command = 'seek'): void {
    const t = clamp(Number.isFinite(time) ? time : 0, 0, this.timeline.duration);
    if (command === 'step') this.freeze();
    const finished = t >= this.timeline.duration && this.timeline.duration > 0;
    const next = NEXT[this.current][finished ? 'finish' : command] ?? (finished ? 'ended' : this.current);
    this.stopTimer();
    this.render(t);
    this.pos = t;
    this.setState(next);
    if (this.current === 'playing') {
      this.anchor(t);
      this.tick();
    }
    this.dispatch({ type: 'seeked', position: t });
  }

  seekBy(delta: number): void {
    this.seek(this.position() + delta);
  }

  /** Jumps to a fraction of the duration (the 0–9 keys give 0 %, 10 %, … 90 %). */
  seekFraction(fraction: number): void {
    this.seek(clamp(fraction, 0, 1) * this.timeline.duration);
  }

  /** Jumps to the start of command `index` (its marker). */
  seekMarker(index: number): void {
    const m = this.timeline.markers[index];
    if (m) this.seek(m.time);
  }

  nextCommand(): void {
    const i = markerAt(this.timeline, this.position());
    const m = this.timeline.markers[i + 1];
    if (m) this.seek(m.time);
    else this.seek(this.timeline.duration);
  }

  /** Back to the start of this command, or to the previous one when already near its start. */
  previousCommand(): void {
    const now = this.position();
    const i = markerAt(this.timeline, now);
    const here = this.timeline.markers[i];
    if (here && now - here.time > RESTART_WINDOW) this.seek(here.time);
    else this.seek(this.timeline.markers[i - 1]?.time ?? 0);
  }

  /** One frame forward (pauses). */
  stepForward(): void {
    this.seek(nextFrame(this.timeline, this.position()), 'step');
  }

  /** One frame back (pauses). */
  stepBackward(): void {
    this.seek(previousFrame(this.timeline, this.position()), 'step');
  }

  /** Changes speed, also during playback (the position does not jump). */
  setSpeed(speed: number): void {
    const s = clampSpeed(speed);
    if (s === this.rate) return;
    if (this.current === 'playing') {
      this.anchor(this.position());
      this.rate = s;
      this.stopTimer();
      this.tick();
    } else this.rate = s;
    this.dispatch({ type: 'speed', speed: s });
  }

  faster(): void {
    this.setSpeed(fasterSpeed(this.rate));
  }

  slower(): void {
    this.setSpeed(slowerSpeed(this.rate));
  }

  restart(): void {
    this.seek(0);
    this.play();
  }

  end(): void {
    this.seek(this.timeline.duration);
  }

  /** Stops timers; the engine does nothing afterwards. */
  destroy(): void {
    this.stopTimer();
    this.current = 'paused';
  }

  private readonly tick = (): void => {
    this.cancelTimer = undefined;
    if (this.current !== 'playing') return;
    const now = this.position();
    this.render(now);
    if (now >= this.timeline.duration) {
      this.pos = this.timeline.duration;
      this.setState('ended');
      return;
    }
    const next = this.timeline.times[this.frames.count] ?? this.timeline.duration;
    this.cancelTimer = this.clock.schedule(this.tick, Math.max(0, (next - now) / this.rate));
  };

  /** Brings the terminal to the frame at `t` (frame-writer.ts) and, unless told not to, follows the current command. */
  private render(t: number, trackMarker = true): void {
    this.frames.show(eventCountAt(this.timeline, t));
    if (trackMarker) {
      const m = markerAt(this.timeline, t);
      if (m !== this.marker) {
        this.marker = m;
        this.dispatch({ type: 'marker', index: m });
      }
    }
  }

  /** Stops the clock at the current position, writing any frame already due. */
  private freeze(): void {
    if (this.current !== 'playing') return;
    this.pos = this.position();
    this.stopTimer();
    this.render(this.pos);
  }

  private anchor(position: number): void {
    this.pos = position;
    this.anchorWall = this.clock.now();
  }

  private stopTimer(): void {
    this.cancelTimer?.();
    this.cancelTimer = undefined;
  }

  private setState(state: PlayerState): void {
    if (state === this.current) return;
    this.current = state;
    this.dispatch({ type: 'state', state, position: this.position() });
  }
}
