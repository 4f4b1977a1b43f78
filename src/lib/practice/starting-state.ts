/**
 * What a practice page shows before its terminal starts: the host after the
 * exercise's setup and what its checks still miss. Computed at build time
 * with the same engine and seed as the browser, so the page opens with the
 * real starting state and the terminal, when it starts, draws the same.
 * The host itself is saved too (src/lib/engine/saved-host.ts): the terminal
 * starts from it rather than replaying the setup in the browser.
 */
import { createEngine, type DockerHost } from '../engine/index.ts';
import { saveHost, type SavedHost } from '../engine/saved-host.ts';
import { whatIsMissing } from '../exercises/check.ts';
import type { HostSnapshot } from '../exercises/host.ts';
import { hostLists, type HostList } from '../exercises/host-lists.ts';
import type { Check } from '../exercises/schema.ts';
import { plainPrompt, PracticeSession, PRACTICE_SEED } from './session.ts';

export { PRACTICE_HELP } from './session.ts';

export interface StartingState {
  host: HostList[];
  /** What the checks say is missing before the learner types anything. */
  missing: string[];
  /** The first prompt, as read (no colours). */
  prompt: string;
  /** The host after the setup, for the page's terminal to start from (none without a setup). */
  saved?: SavedHost;
}

export function startingState(setup: readonly string[], checks: readonly Check[]): StartingState {
  let engine: DockerHost | undefined;
  const fresh = () => createEngine({ seed: PRACTICE_SEED });
  const session = new PracticeSession<HostSnapshot>(() => (engine = fresh()), setup);
  const host = session.snapshot();
  return {
    host: hostLists(host),
    missing: checks.length ? whatIsMissing(checks, host, []) : [],
    prompt: plainPrompt(session),
    ...(setup.length && engine ? { saved: saveHost(engine, fresh()) } : {}),
  };
}
