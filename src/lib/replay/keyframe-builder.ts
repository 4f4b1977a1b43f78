/**
 * Takes the keyframes of a timeline (see keyframes.ts) by playing its output
 * into a snapshot terminal, in order, once. Runs in the player's worker after
 * the timeline and transcript are out, and hands keyframes over in batches, so
 * the player seeks faster as they arrive and never waits for them.
 */
import { keyframePlan, type Keyframe } from './keyframes.ts';
import { eventCount, replayOps, sizeAt, type Timeline } from './timeline.ts';

/** What the builder needs from a terminal (SnapshotTerminal in xterm-snapshot.ts fits). */
export interface Snapshotter {
  write(data: string): Promise<void>;
  resize(cols: number, rows: number): void;
  /** Escapes that rebuild the current state, or undefined when this state cannot be captured exactly. */
  snapshot(): Promise<string | undefined>;
}

export interface BuildOptions {
  /** Event counts to snapshot at; default keyframePlan(timeline). */
  plan?: Int32Array;
  /** Receives keyframes in order, `batch` at a time and the rest at the end. */
  onBatch: (frames: Keyframe[]) => void;
  batch?: number;
  /** When a state cannot be captured, try this many events later before giving up on that keyframe. */
  retries?: number;
  /** Checked between keyframes: true stops the build (a newer recording was opened). */
  cancelled?: () => boolean;
}

/** Builds the keyframes; resolves with how many were taken. */
export async function buildKeyframes(timeline: Timeline, term: Snapshotter, options: BuildOptions): Promise<number> {
  const { plan = keyframePlan(timeline), onBatch, batch = 10, retries = 8, cancelled = () => false } = options;
  const n = eventCount(timeline);
  let applied = 0;
  let taken = 0;
  let pending: Keyframe[] = [];
  const advance = async (to: number) => {
    for (const op of replayOps(timeline, applied, to)) {
      if (op.kind === 'write') await term.write(op.data);
      else term.resize(op.cols, op.rows);
    }
    applied = to;
  };
  for (const planned of plan) {
    if (cancelled()) break;
    for (let count = Math.max(planned, applied + 1), tries = 0; count < n && tries <= retries; count++, tries++) {
      await advance(count);
      const data = await term.snapshot();
      if (data === undefined) continue;
      pending.push({ count, ...sizeAt(timeline, count), data });
      taken++;
      break;
    }
    if (pending.length >= batch) {
      onBatch(pending);
      pending = [];
    }
  }
  if (pending.length > 0 && !cancelled()) onBatch(pending);
  return taken;
}
