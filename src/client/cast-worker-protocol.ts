/** Messages between the player (cast-load.ts) and its worker (cast-worker.ts). */
import type { CastProblem } from '../lib/replay/asciicast';
import type { Keyframe } from '../lib/replay/keyframes';
import type { PreparedCast } from '../lib/replay/prepare';
import type { TranscriptEntry } from '../lib/replay/transcript';

export type WorkerRequest =
  | { id: number; type: 'open'; source: Blob | string; idleTimeLimit?: number }
  | { id: number; type: 'retime'; idleTimeLimit?: number }
  /** Take the keyframes of the recording opened by request `id` (asked once the player is live, so it gets the CPU first). */
  | { id: number; type: 'keyframes' };

export type WorkerReply =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'ready'; cast: PreparedCast }
  | { id: number; type: 'transcript'; entries: TranscriptEntry[] }
  /** Keyframes of the recording opened by request `id`, in batches; `done` on the last. */
  | { id: number; type: 'keyframes'; frames: Keyframe[]; done: boolean }
  | { id: number; type: 'invalid'; errors: CastProblem[] }
  | { id: number; type: 'failed'; message: string };
