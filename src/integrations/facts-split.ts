/**
 * Serves the packed CLI facts in groups, `virtual:facts-pack/now`, `…/later`,
 * `…/compose` and so on (src/lib/commands/facts-split.ts), so the practice
 * page's engine (src/lib/engine/lazy-engine.ts) ships the core's group and
 * fetches each other one on first use, from the one pack file, without a
 * second copy of it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FactsPack } from '../lib/commands/facts-pack.ts';
import { FACT_GROUPS, type FactGroup, splitPack } from '../lib/commands/facts-split.ts';

const PREFIX = 'virtual:facts-pack/';
const PACK = fileURLToPath(new URL('../../content/reference/docker-cli.pack.json', import.meta.url));

/** A Vite plugin: Astro's build and Vitest both use it. */
export function factsSplit() {
  return {
    name: 'facts-split',
    resolveId(id: string) {
      return id.startsWith(PREFIX) && FACT_GROUPS.includes(id.slice(PREFIX.length) as FactGroup) ? '\0' + id : undefined;
    },
    load(id: string) {
      if (!id.startsWith('\0' + PREFIX)) return undefined;
      const groups = splitPack(JSON.parse(readFileSync(PACK, 'utf8')) as FactsPack);
      return `export default ${JSON.stringify(groups[id.slice(PREFIX.length + 1) as FactGroup])};`;
    },
  };
}
