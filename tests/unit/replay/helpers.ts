/**
 * Test doubles for the replay engine: a clock moved by hand, a terminal that
 * records what it is told, and a dispatch recorder for the engine's events.
 */
import type { Clock, EngineEvent, TerminalLike } from '../../../src/lib/replay/engine.ts';
import { parseAsciicast, type Recording } from '../../../src/lib/replay/asciicast.ts';

export interface FakeClock extends Clock {
  /** Moves time forward, firing due timers in order (timers may schedule more). */
  advance(ms: number): void;
  /** Timers still waiting. */
  pending(): number;
}

export function fakeClock(start = 1000): FakeClock {
  let now = start;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => now,
    schedule(fn, delay) {
      const id = ++seq;
      timers.set(id, { at: now + Math.max(0, delay), fn });
      return () => timers.delete(id);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        let next: [number, { at: number; fn: () => void }] | undefined;
        for (const entry of timers) if (entry[1].at <= end && (!next || entry[1].at < next[1].at)) next = entry;
        if (!next) break;
        timers.delete(next[0]);
        now = next[1].at;
        next[1].fn();
      }
      now = end;
    },
    pending: () => timers.size,
  };
}

/** A terminal that keeps its screen as one string (reset clears it) and logs calls. */
export class FakeTerminal implements TerminalLike {
  screen = '';
  calls: string[] = [];
  size = { cols: 0, rows: 0 };
  write(data: string): void {
    this.screen += data;
    this.calls.push(`write ${JSON.stringify(data)}`);
  }
  resize(cols: number, rows: number): void {
    this.size = { cols, rows };
    this.calls.push(`resize ${cols}x${rows}`);
  }
  reset(): void {
    this.screen = '';
    this.calls.push('reset');
  }
}

export function dispatchRecorder() {
  const events: EngineEvent[] = [];
  return {
    dispatch: (e: EngineEvent) => events.push(e),
    events,
    names: () => events.map((e) => e.type),
    named: <T extends EngineEvent['type']>(type: T) => events.filter((e): e is Extract<EngineEvent, { type: T }> => e.type === type),
    states: () => events.flatMap((e) => (e.type === 'state' ? [e.state] : [])),
    clear: () => void (events.length = 0),
  };
}

/** Parses a cast written as lines, failing the test loudly if it is broken. */
export function recording(lines: string[]): Recording {
  const result = parseAsciicast(lines.join('\n'));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.recording;
}
