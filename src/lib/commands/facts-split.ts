/**
 * The packed CLI facts in two halves, so the practice page can load the
 * commands a learner types first and fetch the rest when a line names one of
 * them. "Later" are the groups of commands the lessons rarely or never type
 * (Compose, buildx's own commands, swarm, plugins, Scout, models): about
 * 70 % of the pack's gzip size. A command in such a group that also answers
 * to a core name (`buildx build` is `docker build`) stays in the first half.
 * Pure: the Vite plugin (src/integrations/facts-split.ts) and tests call it.
 */
import type { FactsPack, PackedCommand } from './facts-pack.ts';

export const LATER_GROUPS: ReadonlySet<string> = new Set([
  'compose',
  'buildx',
  'scout',
  'service',
  'model',
  'swarm',
  'stack',
  'plugin',
  'context',
  'node',
  'manifest',
  'secret',
  'config',
  'checkpoint',
]);

const groupOf = (shortName: string) => shortName.split(' ')[0] ?? '';

function isLater([name, aliases]: PackedCommand): boolean {
  if (!LATER_GROUPS.has(groupOf(name))) return false;
  return !aliases || aliases.split(',').every((a) => LATER_GROUPS.has(groupOf(a)));
}

/** `docker compose up` → true: its facts are in the later half. */
export const isLaterPath = (path: string): boolean => LATER_GROUPS.has(path.split(' ')[1] ?? '');

export function splitPack(pack: FactsPack): { now: FactsPack; later: FactsPack } {
  return {
    now: { v: 1, commands: pack.commands.filter((c) => !isLater(c)) },
    later: { v: 1, commands: pack.commands.filter(isLater) },
  };
}
