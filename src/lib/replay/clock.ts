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

const MAX_TIMER = 2 ** 31 - 1;

/** The real clock: performance.now() and setTimeout. */
export const systemClock: Clock = {
  now: () => performance.now(),
  schedule: (callback, delayMs) => {
    // setTimeout treats delays past 2^31 - 1 ms (24.8 days) as 0: a long pause
    // would fire at once, again and again. Waking early is harmless (the engine reschedules).
    const id = setTimeout(callback, Math.min(delayMs, MAX_TIMER));
    return () => clearTimeout(id);
  },
};
