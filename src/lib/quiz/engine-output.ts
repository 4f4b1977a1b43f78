/**
 * The right answer of a "what does this print" question: what the engine model
 * prints for the command after the setup lines, each of which must succeed,
 * in a fresh host. Never typed by hand, so a change to the model that changes
 * an answer shows up in the quiz and in its test.
 */
import { createEngine } from '../engine/index.ts';
import type { OutputOf } from './view.ts';

export const engineOutput: OutputOf = (setup, command) => {
  const engine = createEngine({ seed: 1 });
  for (const line of setup) {
    const r = engine.run(line);
    if (r.exitCode !== 0) throw new Error(`setup line "${line}" failed in the engine model (exit ${r.exitCode}): ${r.output.trim()}`);
  }
  return engine.run(command).output;
};
