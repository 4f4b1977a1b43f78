/**
 * Content loader for `content/sessions/*.cast`. Every file is checked first
 * (src/lib/sessions/session-schema.ts), so one broken recording fails the build
 * with its file, line and problem, and all problems are listed at once. The
 * raw cast text is kept as the entry's body: pages draw its first frame and
 * transcript from it, and /casts/<slug>.cast serves it to the player.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { checkSession } from '../sessions/session-schema.ts';

export function sessionsLoader(base = './content/sessions'): Loader {
  return {
    name: 'container-notes-sessions',
    async load({ store, config, parseData, generateDigest, watcher, logger }) {
      const root = fileURLToPath(config.root);
      const dir = join(root, base);
      const read = async () => {
        const names = (await readdir(dir)).filter((n) => n.endsWith('.cast')).sort();
        const errors: string[] = [];
        const entries = [];
        for (const name of names) {
          const file = relative(root, join(dir, name));
          const text = await readFile(join(dir, name), 'utf8');
          const result = checkSession(file, text);
          if (!result.ok) errors.push(...result.errors);
          else entries.push({ id: name.replace(/\.cast$/, ''), file, text, session: result.session });
        }
        if (errors.length > 0) throw new Error(`Broken session recordings:\n  - ${errors.join('\n  - ')}`);
        store.clear();
        for (const e of entries) {
          const data = await parseData({ id: e.id, data: e.session });
          store.set({ id: e.id, data, body: e.text, filePath: e.file, digest: generateDigest(e.text) });
        }
      };
      await read();
      // In dev, re-read when a recording changes; report problems instead of crashing the server.
      watcher?.add(dir);
      watcher?.on('all', (_event, path) => {
        if (!path.startsWith(dir) || !path.endsWith('.cast')) return;
        read().catch((err: Error) => logger.error(err.message));
      });
    },
  };
}
