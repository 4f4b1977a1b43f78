/**
 * The practice page's engine: the same `DockerHost` as `createEngine()` in
 * index.ts, started with the core and the first half of the CLI facts only.
 * The other parts (parts.ts) come with `loadParts()` the first time a line
 * needs them, each as its own chunk; every engine this module makes shares
 * what has been loaded. See docs/engine.md ("Parts").
 */
import now from 'virtual:facts-pack/now';
import type { FactsPack } from '../commands/facts-pack.ts';
import type { EngineOptions } from './types.ts';
import { DockerHost } from './docker-host.ts';
import { PART_NAMES, type PartName, PartRegistry } from './parts.ts';

export type { PartName } from './parts.ts';
export { partsFor } from './parts.ts';

export const loaded = new PartRegistry(now);
let laterFacts: FactsPack | undefined;

const LOADERS: Record<PartName, () => Promise<unknown>> = {
  facts: async () => loaded.add('facts', (laterFacts = (await import('virtual:facts-pack/later')).default)),
  compose: async () => loaded.add('compose', (await import('./parts/compose.ts')).composePart),
  build: async () => loaded.add('build', (await import('./parts/build.ts')).buildPart),
  curl: async () => loaded.add('curl', (await import('./parts/curl.ts')).curlPart),
  tools: async () => loaded.add('tools', (await import('./parts/tools.ts')).toolsPart),
  resources: async () => loaded.add('resources', (await import('./parts/resources.ts')).resourcesPart),
};

/** Loads the parts not loaded yet (they download in parallel). */
export async function loadParts(names: readonly PartName[]): Promise<void> {
  await Promise.all(names.filter((n) => !loaded.has(n)).map((n) => LOADERS[n]()));
}

/** The parts `lines` may need that are not loaded yet. */
export const missingParts = (lines: readonly string[]): PartName[] => loaded.missing(lines);

/** Every command's facts (Tab completion offers them all): loads the later half first. */
export async function allFacts(): Promise<FactsPack> {
  await loadParts(['facts']);
  return { v: 1, commands: [...now.commands, ...(laterFacts?.commands ?? [])] };
}

/** Loads what a session's replay stopped for (src/lib/practice/session.ts) and replays, until it stops no more. */
export async function settle(session: { readonly needs: readonly string[]; resume(): void }): Promise<void> {
  for (let i = 0; i < PART_NAMES.length && session.needs.length; i++) {
    await loadParts(session.needs as PartName[]);
    session.resume();
  }
}

export function createEngine(options?: EngineOptions): DockerHost {
  return new DockerHost(options, loaded);
}
