/**
 * The replay engine's vocabulary: its states and the table of transitions
 * between them, the events it dispatches, and the speeds it accepts.
 *
 * States (the NEXT table has every transition):
 *   idle     first frame shown, nothing played  → playing (play), paused (seek, step)
 *   playing  the clock runs                     → paused (pause, step), ended (at the end)
 *   paused   frozen at a position               → playing (play)
 *   ended    on the last frame                  → playing from 0 (play), paused (seek, step)
 * Seeking to the very end ends, from any state.
 */

export type PlayerState = 'idle' | 'playing' | 'paused' | 'ended';

export type EngineEvent =
  | { type: 'state'; state: PlayerState; position: number }
  | { type: 'seeked'; position: number }
  | { type: 'marker'; index: number }
  | { type: 'speed'; speed: number };

/** Playback speeds offered, slowest first; the engine accepts any value in [0.25, 4]. */
export const SPEEDS = [0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3, 4] as const;
export const MIN_SPEED = 0.25;
export const MAX_SPEED = 4;

/** The next speed offered above `rate` (the top one at most). */
export function fasterSpeed(rate: number): number {
  return SPEEDS.find((s) => s > rate) ?? MAX_SPEED;
}

/** The next speed offered below `rate` (the bottom one at least). */
export function slowerSpeed(rate: number): number {
  return [...SPEEDS].reverse().find((s) => s < rate) ?? MIN_SPEED;
}

export type Command = 'play' | 'pause' | 'seek' | 'step' | 'finish';

/**
 * State after each command. A command missing from a row does not change the
 * state; seeking to the very end counts as `finish`.
 */
export const NEXT: Record<PlayerState, Partial<Record<Command, PlayerState>>> = {
  idle: { play: 'playing', seek: 'paused', step: 'paused', finish: 'ended' }, // poster shown, nothing played yet
  playing: { pause: 'paused', seek: 'playing', step: 'paused', finish: 'ended' }, // a seek keeps playing
  paused: { play: 'playing', seek: 'paused', step: 'paused', finish: 'ended' }, // frozen at `position`
  ended: { play: 'playing', seek: 'paused', step: 'paused' }, // play starts again from 0
};

export function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** A speed the engine accepts: clamped to [MIN_SPEED, MAX_SPEED]; 1 for a value that is not a number. */
export function clampSpeed(speed: number): number {
  return Number.isFinite(speed) ? clamp(speed, MIN_SPEED, MAX_SPEED) : 1;
}
