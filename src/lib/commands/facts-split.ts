/**
 * The packed CLI facts in two halves, so the practice page can load the
 * commands the engine's core runs (run, ps, exec, images, …: the lines a
 * learner types first) and fetch the rest when a line names another command.
 * The first half is about a sixth of the pack's gzip size. Pure: the Vite
 * plugin (src/integrations/facts-split.ts) and tests call it.
 */
import type { FactsPack, PackedCommand } from './facts-pack.ts';

/** Commands whose facts come first: `docker` itself and the commands the engine's core handles. */
export const NOW_COMMANDS: ReadonlySet<string> = new Set([
  '',
  'container run',
  'container create',
  'container start',
  'container stop',
  'container restart',
  'container kill',
  'container rm',
  'container ls',
  'container exec',
  'image ls',
  'image pull',
  'image rm',
  'image tag',
  'image history',
  'image prune',
]);

const isNow = ([name]: PackedCommand) => NOW_COMMANDS.has(name);

export function splitPack(pack: FactsPack): { now: FactsPack; later: FactsPack } {
  return {
    now: { v: 1, commands: pack.commands.filter(isNow) },
    later: { v: 1, commands: pack.commands.filter((c) => !isNow(c)) },
  };
}
