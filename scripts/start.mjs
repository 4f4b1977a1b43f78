// @ts-check
// `npm start`: builds the site if dist/ is missing or older than its sources,
// then serves the production build on http://localhost:4321 (search included).
import { spawnSync, spawn } from 'node:child_process';
import { forwardSignals } from './lib/child.mjs';
import { buildNeeded } from './lib/freshness.mjs';

const reason = buildNeeded();
if (reason) {
  console.log(reason === 'missing' ? 'start: no build yet, building…' : 'start: sources changed since the last build, rebuilding…');
  const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const port = process.env.PORT ?? '4321';
console.log(`start: serving dist/ on http://localhost:${port}/ (Ctrl-C stops it)`);
const child = spawn(process.execPath, ['scripts/preview.mjs', '--port', port], { stdio: 'inherit' });
forwardSignals(child);
