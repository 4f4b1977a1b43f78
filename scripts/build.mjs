// @ts-check
// `npm run build`: the static site, search index included, into dist/ (or
// DIST_DIR). Astro writes into dist.next/, the output is checked (no file
// nginx refuses to serve) and gzipped, and only then swapped in for dist/:
// a server reading dist/ never sees a half-built site (docs/docker.md).
import { spawnSync } from 'node:child_process';
import { forbiddenFiles } from './lib/forbidden-names.mjs';
import { buildAndSwap } from './lib/swap-build.mjs';

const target = process.env.DIST_DIR ?? 'dist';

/** @param {string[]} args @param {Record<string, string>} [env] */
function run(args, env = {}) {
  const r = spawnSync(args[0] ?? '', args.slice(1), { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

try {
  await buildAndSwap(target, (dir) => {
    run(['npx', 'astro', 'build'], { ASTRO_OUT_DIR: dir });
    const forbidden = forbiddenFiles(dir);
    if (forbidden.length > 0) {
      throw new Error(
        `the build output holds files that must never be published (backups, sources, configs, logs):\n  ${forbidden.join('\n  ')}\n` +
          'Remove them from public/ (or from what writes them); nginx would refuse them anyway.',
      );
    }
    run([process.execPath, 'scripts/precompress.mjs', dir]);
  });
} catch (error) {
  console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
