/**
 * The worker's last step for a large recording: keyframes (src/lib/replay/
 * keyframes.ts), taken by playing the output into xterm's headless build and
 * serializing it. Sent to the page in batches; the player seeks from them as
 * they arrive. xterm's headless build and the serializer are imported only
 * when a recording is large enough to get keyframes: our own short sessions
 * never load them.
 */
import { buildKeyframes } from '../lib/replay/keyframe-builder';
import { keyframePlan, type Keyframe } from '../lib/replay/keyframes';
import type { Timeline } from '../lib/replay/timeline';
import { SnapshotTerminal, type HeadlessLike } from '../lib/replay/xterm-snapshot';

async function loadDeps() {
  // xterm checks `'requestIdleCallback' in window` when it loads; a worker has no `window`.
  (globalThis as { window?: unknown }).window ??= globalThis;
  // The package's "module" field names a file it does not ship: import its ES build by path.
  const [{ Terminal: Headless }, { SerializeAddon }] = await Promise.all([
    import('@xterm/headless/lib-headless/xterm-headless.mjs'),
    import('@xterm/addon-serialize'),
  ]);
  return {
    createTerminal: (cols: number, rows: number) =>
      new Headless({ cols, rows, scrollback: 0, allowProposedApi: true }) as unknown as HeadlessLike,
    createSerializer: () => new SerializeAddon(),
  };
}

/**
 * Builds and sends the keyframes of `timeline`; `send(frames, done)` gets each
 * batch, then `done` once (also when there are none). Stops early, sending
 * nothing more, when `current()` turns false.
 */
export async function streamKeyframes(
  timeline: Timeline,
  send: (frames: Keyframe[], done: boolean) => void,
  current: () => boolean,
): Promise<void> {
  const plan = keyframePlan(timeline);
  let term: SnapshotTerminal | undefined;
  try {
    if (plan.length > 0) {
      term = new SnapshotTerminal(await loadDeps(), timeline.cols, timeline.rows);
      await buildKeyframes(timeline, term, { plan, onBatch: (frames) => current() && send(frames, false), cancelled: () => !current() });
    }
  } catch {
    // Keyframes only speed seeks up: without them (the code failed to load), seeks replay as before.
  } finally {
    term?.dispose();
  }
  if (current()) send([], true);
}
