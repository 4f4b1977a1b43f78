/**
 * The player's Web Worker (a same-origin module file emitted by Vite, allowed
 * by the site's CSP `worker-src 'self'`): reads a recording, builds its
 * timeline, seek shortcuts and transcript off the page's main thread, and
 * reports progress. It keeps the parsed recording so a new idle limit only
 * rebuilds the timeline.
 */
import type { Recording } from '../lib/replay/asciicast';
import { parseForPlayer, prepareRecording, prepareTranscript, transferables } from '../lib/replay/prepare';
import type { WorkerReply, WorkerRequest } from './cast-worker-protocol';

let recording: Recording | undefined;

const post = (reply: WorkerReply, transfer: Transferable[] = []) =>
  (self as unknown as { postMessage(m: WorkerReply, t: Transferable[]): void }).postMessage(reply, transfer);

function deliver(id: number, idleTimeLimit: number | undefined): void {
  const cast = prepareRecording(recording!, idleTimeLimit);
  post({ id, type: 'ready', cast }, transferables(cast));
  post({ id, type: 'transcript', entries: prepareTranscript(cast) });
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  void (async () => {
    try {
      if (request.type === 'retime') {
        if (recording) deliver(request.id, request.idleTimeLimit);
        return;
      }
      const text = typeof request.source === 'string' ? request.source : await request.source.text();
      let last = 0;
      const parsed = parseForPlayer(text, (fraction) => {
        if (fraction - last < 0.05) return;
        last = fraction;
        post({ id: request.id, type: 'progress', fraction });
      });
      if (!parsed.ok) {
        recording = undefined;
        post({ id: request.id, type: 'invalid', errors: parsed.errors });
        return;
      }
      recording = parsed.recording;
      deliver(request.id, request.idleTimeLimit);
    } catch (err) {
      post({ id: request.id, type: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
  })();
});
