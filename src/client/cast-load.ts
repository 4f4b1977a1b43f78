/**
 * The page's side of the player's worker: `open()` sends a recording (a File
 * or text) and resolves with a playable cast as soon as its timeline is ready;
 * the transcript and progress arrive through callbacks. Where a worker cannot
 * start, the same code runs on the page (slower for big files, still correct).
 */
import type { CastProblem } from '../lib/replay/asciicast';
import type { Keyframe } from '../lib/replay/keyframes';
import { prepareCast, prepareTranscript, type PreparedCast } from '../lib/replay/prepare';
import type { TranscriptEntry } from '../lib/replay/transcript';
import type { WorkerReply, WorkerRequest } from './cast-worker-protocol';

export type LoadResult = { ok: true; cast: PreparedCast } | { ok: false; errors: CastProblem[] };

export interface LoadCallbacks {
  onProgress?: (fraction: number) => void;
  onTranscript?: (entries: TranscriptEntry[]) => void;
  /** Keyframes as the worker takes them (open only; they outlive a retime), then `done`. */
  onKeyframes?: (frames: Keyframe[], done: boolean) => void;
}

/** The requests that produce a playable cast (keyframes come on their own). */
type LoadRequest = Extract<WorkerRequest, { type: 'open' | 'retime' }>;

export class CastLoader {
  private worker: Worker | undefined;
  private seq = 0;
  private current = 0;
  /** The latest open request, whose keyframes are still wanted after a retime. */
  private opened = 0;
  private onKeyframes: LoadCallbacks['onKeyframes'];
  private callbacks: LoadCallbacks = {};
  private settle: ((result: LoadResult) => void) | undefined;
  private fail: ((error: Error) => void) | undefined;
  /** For the page fallback: the last text, to rebuild with another idle limit. */
  private text: string | undefined;

  constructor() {
    try {
      this.worker = new Worker(new URL('./cast-worker.ts', import.meta.url), { type: 'module', name: 'cast-player' });
      this.worker.addEventListener('message', (e: MessageEvent<WorkerReply>) => this.onReply(e.data));
      this.worker.addEventListener('error', () => this.abandonWorker());
    } catch {
      this.worker = undefined;
    }
  }

  /** Opens a recording; a later call supersedes an earlier one still loading. */
  open(source: Blob | string, idleTimeLimit: number | undefined, callbacks: LoadCallbacks): Promise<LoadResult> {
    this.opened = ++this.seq;
    this.onKeyframes = callbacks.onKeyframes;
    return this.send({ id: this.opened, type: 'open', source, idleTimeLimit }, callbacks);
  }

  /** The same recording with another idle limit. */
  retime(idleTimeLimit: number | undefined, callbacks: LoadCallbacks): Promise<LoadResult> {
    return this.send({ id: ++this.seq, type: 'retime', idleTimeLimit }, callbacks);
  }

  /** Asks for the opened recording's keyframes (they arrive through `onKeyframes`). */
  startKeyframes(): void {
    if (this.worker) this.worker.postMessage({ id: this.opened, type: 'keyframes' } satisfies WorkerRequest);
    // No worker, no keyframes: seeks replay as before.
    else setTimeout(() => this.onKeyframes?.([], true), 0);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = undefined;
  }

  private send(request: LoadRequest, callbacks: LoadCallbacks): Promise<LoadResult> {
    this.current = request.id;
    this.callbacks = callbacks;
    if (!this.worker) return this.onPage(request);
    return new Promise<LoadResult>((resolve, reject) => {
      this.settle = resolve;
      this.fail = reject;
      this.worker!.postMessage(request);
    });
  }

  private onReply(reply: WorkerReply): void {
    if (reply.type === 'keyframes') {
      if (reply.id === this.opened) this.onKeyframes?.(reply.frames, reply.done);
      return;
    }
    if (reply.id !== this.current) return; // a superseded request
    if (reply.type === 'progress') this.callbacks.onProgress?.(reply.fraction);
    else if (reply.type === 'ready') this.settle?.({ ok: true, cast: reply.cast });
    else if (reply.type === 'invalid') this.settle?.({ ok: false, errors: reply.errors });
    else if (reply.type === 'transcript') this.callbacks.onTranscript?.(reply.entries);
    else this.fail?.(new Error(reply.message));
  }

  private abandonWorker(): void {
    this.fail?.(new Error('the recording reader stopped'));
    this.dispose();
  }

  /** Same steps on the page, when no worker is available. */
  private async onPage(request: LoadRequest): Promise<LoadResult> {
    if (request.type === 'open') this.text = typeof request.source === 'string' ? request.source : await request.source.text();
    if (this.text === undefined) return { ok: false, errors: [{ line: 1, message: 'nothing to replay' }] };
    const result = prepareCast(this.text, { idleTimeLimit: request.idleTimeLimit });
    if (result.ok) {
      const { onTranscript } = this.callbacks;
      setTimeout(() => onTranscript?.(prepareTranscript(result.cast)), 0);
    }
    return result;
  }
}
