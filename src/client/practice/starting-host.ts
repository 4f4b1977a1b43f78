/**
 * How a practice session's engine starts: from the host the build saved in
 * the page (no part loads for the setup), or, when the page has none or it
 * cannot be read, by replaying the exercise's setup (its parts load first).
 */
import type * as Core from '../../lib/engine/lazy-engine.ts';
import type * as Saved from '../../lib/engine/restore-host.ts';
import { PRACTICE_SEED } from '../../lib/practice/session.ts';
import type { PracticeData } from './exercise-panel.ts';

export interface StartingHost {
  make: () => ReturnType<typeof Core.createEngine>;
  /** Lines the session replays before the learner's: none when the host is restored. */
  setup: readonly string[];
  /** Why the saved host was not used, for the learner. */
  note?: string;
}

/** The saved host's code, downloading beside the engine's core; nothing on a page without one. */
export const savedHostCode = (data: PracticeData): Promise<typeof Saved> | undefined =>
  data.start === undefined ? undefined : import('../../lib/engine/restore-host.ts');

export async function startingHost(data: PracticeData, core: typeof Core, code: Promise<typeof Saved> | undefined): Promise<StartingHost> {
  const fresh = () => core.createEngine({ seed: PRACTICE_SEED });
  const replay = (note?: string): StartingHost => ({ make: fresh, setup: data.setup, ...(note ? { note } : {}) });
  if (!code) return replay();
  const { readSavedHost, restoreHost } = await code;
  const read = readSavedHost(data.start);
  if ('error' in read) return replay(read.error);
  const { saved } = read;
  return { make: () => restoreHost(fresh(), saved), setup: [] };
}
