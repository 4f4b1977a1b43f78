/**
 * The practice page's engine: the same `DockerHost` as `createEngine()` in
 * index.ts, started with the core and the facts of its commands only.
 * The other parts (parts.ts) come with `loadParts()` the first time a line
 * needs them, each as its own chunk; every engine this module makes shares
 * what has been loaded. See docs/engine.md ("Parts").
 */
import now from 'virtual:facts-pack/now';
import type { FactsPack } from '../commands/facts-pack.ts';
import type { EngineOptions } from './types.ts';
import { DockerHost } from './docker-host.ts';
import { PART_NAMES, type PartName, PartRegistry } from './parts.ts';
import type * as Core from './parts.ts';

export type { PartName } from './parts.ts';
export { partsFor } from './parts.ts';

export const loaded = new PartRegistry(now);
const facts: FactsPack[] = [now];

/** Each group of facts once (src/lib/commands/facts-split.ts); Tab completion and the explainer want them without the code. */
const GROUP_IMPORTS = {
  later: () => import('virtual:facts-pack/later'),
  build: () => import('virtual:facts-pack/build'),
  compose: () => import('virtual:facts-pack/compose'),
  tools: () => import('virtual:facts-pack/tools'),
  resources: () => import('virtual:facts-pack/resources'),
};
type Group = keyof typeof GROUP_IMPORTS;
const groups = new Map<Group, Promise<FactsPack>>();
function group(name: Group): Promise<FactsPack> {
  let pending = groups.get(name);
  if (!pending) {
    pending = GROUP_IMPORTS[name]().then(({ default: pack }) => {
      facts.push(pack);
      loaded.addFacts(pack, name === 'later' ? 'facts' : name);
      return pack;
    });
    // A failed download may be tried again.
    pending.catch(() => groups.delete(name));
    groups.set(name, pending);
  }
  return pending;
}

/** A part's code with its commands' facts (a chunk each, loaded side by side). */
async function withFacts<K extends PartName & Group>(name: K, code: Promise<Core.PartImpls[K]>): Promise<void> {
  const [impl] = await Promise.all([code, group(name)]);
  loaded.add(name, impl);
}

const LOADERS: Record<PartName, () => Promise<unknown>> = {
  facts: async () => loaded.add('facts', await group('later')),
  compose: () =>
    withFacts(
      'compose',
      import('./parts/compose.ts').then((m) => m.composePart),
    ),
  build: () =>
    withFacts(
      'build',
      import('./parts/build.ts').then((m) => m.buildPart),
    ),
  curl: async () => loaded.add('curl', (await import('./parts/curl.ts')).curlPart),
  tools: () =>
    withFacts(
      'tools',
      import('./parts/tools.ts').then((m) => m.toolsPart),
    ),
  resources: () =>
    withFacts(
      'resources',
      import('./parts/resources.ts').then((m) => m.resourcesPart),
    ),
};

/** Loads the parts not loaded yet (they download in parallel). */
export async function loadParts(names: readonly PartName[]): Promise<void> {
  await Promise.all(names.filter((n) => !loaded.has(n)).map((n) => LOADERS[n]()));
}

/** The parts `lines` may need that are not loaded yet. */
export const missingParts = (lines: readonly string[]): PartName[] => loaded.missing(lines);

/** Every command's facts (Tab completion and the explainer offer them all): loads every group first, not the parts' code. */
export async function allFacts(): Promise<FactsPack> {
  await Promise.all((Object.keys(GROUP_IMPORTS) as Group[]).map(group));
  return { v: 1, commands: facts.flatMap((p) => p.commands) };
}

/** Loads what a session's replay stopped for (src/lib/practice/session.ts) and replays, until it stops no more. */
export async function settle(session: { readonly needs: readonly string[]; resume(): void }): Promise<void> {
  for (let i = 0; i < PART_NAMES.length && session.needs.length; i++) {
    await loadParts(session.needs as PartName[]);
    session.resume();
  }
}

export function createEngine(options?: EngineOptions): DockerHost {
  return new DockerHost(options ?? {}, loaded);
}
