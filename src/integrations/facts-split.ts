/**
 * Serves the packed CLI facts in two halves, `virtual:facts-pack/now` and
 * `virtual:facts-pack/later` (src/lib/commands/facts-split.ts), so the practice
 * page's engine (src/lib/engine/lazy-engine.ts) ships the first half and fetches the
 * second on first use, from the one pack file, without a second copy of it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FactsPack } from '../lib/commands/facts-pack.ts';
import { splitPack } from '../lib/commands/facts-split.ts';

const PREFIX = 'virtual:facts-pack/';
const PACK = fileURLToPath(new URL('../../content/reference/docker-cli.pack.json', import.meta.url));

/** A Vite plugin: Astro's build and Vitest both use it. */
export function factsSplit() {
  return {
    name: 'facts-split',
    resolveId(id: string) {
      return id === `${PREFIX}now` || id === `${PREFIX}later` ? '\0' + id : undefined;
    },
    load(id: string) {
      if (!id.startsWith('\0' + PREFIX)) return undefined;
      const halves = splitPack(JSON.parse(readFileSync(PACK, 'utf8')) as FactsPack);
      const half = id.endsWith('now') ? halves.now : halves.later;
      return `export default ${JSON.stringify(half)};`;
    },
  };
}
