/**
 * The packed CLI facts in groups, so the practice page loads the facts of the
 * commands the engine's core runs (run, ps, exec, images, …: the lines a
 * learner types first) with the core, each part's commands with that part
 * (src/lib/engine/parts.ts: Compose's with Compose, `docker build`'s with the
 * build), and the rest (swarm, plugins, Scout, unsimulated commands) the first
 * time a line names one. The core's group is about a sixth of the pack's gzip
 * size. Pure: the Vite plugin (src/integrations/facts-split.ts) and tests call it.
 */
import type { FactsPack } from './facts-pack.ts';
import { LAZY_COMMANDS } from '../engine/parts.ts';

/** Commands whose facts come with the core: `docker` itself and the commands the core handles. */
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

export const FACT_GROUPS = ['now', 'later', 'build', 'compose', 'tools', 'resources'] as const;
export type FactGroup = (typeof FACT_GROUPS)[number];

/** The group of a command, by its packed name (`container run`, `compose up`). */
export function factGroupOf(name: string): FactGroup {
  if (NOW_COMMANDS.has(name)) return 'now';
  if (name === 'compose' || name.startsWith('compose ')) return 'compose';
  const part = LAZY_COMMANDS[`docker ${name}`];
  return part === 'build' || part === 'tools' || part === 'resources' ? part : 'later';
}

export function splitPack(pack: FactsPack): Record<FactGroup, FactsPack> {
  const empty = (): FactsPack => ({ v: 1, commands: [] });
  const groups: Record<FactGroup, FactsPack> = {
    now: empty(),
    later: empty(),
    build: empty(),
    compose: empty(),
    tools: empty(),
    resources: empty(),
  };
  for (const c of pack.commands) groups[factGroupOf(c[0])].commands.push(c);
  return groups;
}
