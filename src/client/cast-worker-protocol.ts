/** Messages between the player (cast-load.ts) and its worker (cast-worker.ts). */
import type { CastProblem } from '../lib/replay/asciicast';
import type { PreparedCast } from '../lib/replay/prepare';
import type { TranscriptEntry } from '../lib/replay/transcript';

export type WorkerRequest =
  { id: number; type: 'open'; source: Blob | string; idleTimeLimit?: number } | { id: number; type: 'retime'; idleTimeLimit?: number };

export type WorkerReply =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'ready'; cast: PreparedCast }
  | { id: number; type: 'transcript'; entries: TranscriptEntry[] }
  | { id: number; type: 'invalid'; errors: CastProblem[] }
  | { id: number; type: 'failed'; message: string };
