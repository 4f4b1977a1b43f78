/**
 * Time for the replay engine, injected so that tests drive it with a fake clock
 * (tests/unit/replay/helpers.ts) and the browser with the real one.
 */

/** A source of time and timers. */
export interface Clock {
  /** Milliseconds from any fixed origin (performance.now() in the browser). */
  now(): number;
  /** Calls `callback` after `delayMs`; returns a function that cancels it. */
  schedule(callback: () => void, delayMs: number): () => void;
}

/** The real clock: performance.now() and setTimeout. */
export const systemClock: Clock = {
  now: () => performance.now(),
  schedule: (callback, delayMs) => {
    const id = setTimeout(callback, delayMs);
    return () => clearTimeout(id);
  },
};
