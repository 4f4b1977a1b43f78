/**
 * The player's Web Worker (a same-origin module file emitted by Vite, allowed
 * by the site's CSP `worker-src 'self'`): reads a recording, builds its
 * timeline, seek shortcuts and transcript off the page's main thread, and
 * reports progress. It keeps the parsed recording so a new idle limit only
 * rebuilds the timeline.
 */
import type { Recording } from '../lib/replay/asciicast';
import { parseForPlayer, prepareRecording, transferables } from '../lib/replay/prepare';
import { buildTranscript } from '../lib/replay/transcript';
import { copyTimeline, type Timeline } from '../lib/replay/timeline';
import type { WorkerReply, WorkerRequest } from './cast-worker-protocol';
import { streamKeyframes } from './cast-worker-keyframes';

let recording: Recording | undefined;
/** The latest open request: keyframes of an older recording stop when a new one opens. */
let opened = 0;
/** Our copy of the opened recording's timeline, until its keyframes are asked for. */
let kept: { id: number; timeline: Timeline } | undefined;

const post = (reply: WorkerReply, transfer: Transferable[] = []) =>
  (self as unknown as { postMessage(m: WorkerReply, t: Transferable[]): void }).postMessage(reply, transfer);

/** Sends the timeline (controls work), then the transcript; returns a copy of the timeline for keyframes. */
function deliver(id: number, idleTimeLimit: number | undefined) {
  const cast = prepareRecording(recording!, idleTimeLimit);
  // The typed arrays go to the page (transferred, not copied, so they are empty here afterwards):
  // the transcript and the keyframes are built from our own copy.
  const timeline = copyTimeline(cast.timeline);
  post({ id, type: 'ready', cast }, transferables(cast));
  post({ id, type: 'transcript', entries: buildTranscript(timeline) });
  return timeline;
}

self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'open') opened = request.id;
  void (async () => {
    try {
      if (request.type === 'retime') {
        if (recording) deliver(request.id, request.idleTimeLimit);
        return;
      }
      if (request.type === 'keyframes') {
        if (kept?.id !== request.id) return;
        const { timeline } = kept;
        kept = undefined;
        // Keyframes hold only event counts and output, so a new idle limit (retime) keeps them valid.
        const current = () => opened === request.id;
        await streamKeyframes(timeline, (frames, done) => post({ id: request.id, type: 'keyframes', frames, done }), current);
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
      kept = { id: request.id, timeline: deliver(request.id, request.idleTimeLimit) };
    } catch (err) {
      post({ id: request.id, type: 'failed', message: err instanceof Error ? err.message : String(err) });
    }
  })();
});
