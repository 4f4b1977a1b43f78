/**
 * A model of a Docker host in pure TypeScript: `createEngine()` gives a shell
 * that runs one line at a time against simulated images, containers, networks
 * and volumes, and prints what Docker 29 / Compose v5 print. Deterministic per
 * seed. See docs/engine.md for the contract and what was checked against the
 * real client.
 *
 * This entry has every part of the engine loaded (parts.ts): Node callers,
 * tests and the build use it. The practice page uses lazy-engine.ts, which loads
 * parts on first use.
 */
import pack from '../../../content/reference/docker-cli.pack.json' with { type: 'json' };
import type { FactsPack } from '../commands/facts-pack.ts';
import type { EngineOptions } from './types.ts';
import { DockerHost } from './docker-host.ts';
import { PartRegistry } from './parts.ts';
import { composePart } from './parts/compose.ts';
import { buildPart } from './parts/build.ts';
import { curlPart } from './parts/curl.ts';
import { toolsPart } from './parts/tools.ts';
import { resourcesPart } from './parts/resources.ts';

export type { Engine, EngineOptions, EngineSnapshot, RunResult } from './types.ts';
export { DEFAULT_START, DockerHost, type Attached } from './docker-host.ts';

/** Every part, with the whole facts pack (the later half is already in it). */
export const ALL_PARTS = new PartRegistry(pack as FactsPack)
  .add('facts', { v: 1, commands: [] })
  .add('compose', composePart)
  .add('build', buildPart)
  .add('curl', curlPart)
  .add('tools', toolsPart)
  .add('resources', resourcesPart);

export function createEngine(options?: EngineOptions): DockerHost {
  return new DockerHost(options ?? {}, ALL_PARTS);
}
