// @ts-check
// Serves the built site (dist/) with `astro preview` on 127.0.0.1.
// Usage: node scripts/preview.mjs [--port 4321]; DIST_DIR=/tmp/x serves another build.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { forwardSignals } from './lib/child.mjs';

const i = process.argv.indexOf('--port');
const port = i > 0 ? process.argv[i + 1] : (process.env.PORT ?? '4321');
const dist = process.env.DIST_DIR ?? 'dist';
if (!existsSync(`${dist}/index.html`)) {
  console.error(`preview: ${dist}/ has no built site. Run \`npm run build\` first.`);
  process.exit(1);
}
// --ignore-lock: Astro 7 allows one tracked preview per project and may move it
// to the background when it thinks an agent runs it; tests need a foreground
// server of their own on their own port, stopped with the test run.
// Astro's own bin run by this node (not through npx): a signal sent to this
// script reaches the server itself, so nothing is left holding the port.
const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const child = spawn(
  process.execPath,
  [astroBin, 'preview', '--host', '127.0.0.1', '--port', String(port), '--outDir', dist, '--ignore-lock'],
  {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  },
);
forwardSignals(child);
