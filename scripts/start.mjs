// `npm start`: builds the site if dist/ is missing or older than its sources,
// then serves the production build on http://localhost:4321 (search included).
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { forwardSignals } from './lib/child.mjs';

const SOURCES = ['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), st.mtimeMs);
}

const built = existsSync('dist/index.html') ? statSync('dist/index.html').mtimeMs : 0;
if (built === 0 || SOURCES.some((s) => newest(s) > built)) {
  console.log(built === 0 ? 'start: no build yet, building…' : 'start: sources changed since the last build, rebuilding…');
  const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const port = process.env.PORT ?? '4321';
console.log(`start: serving dist/ on http://localhost:${port}/ (Ctrl-C stops it)`);
const child = spawn(process.execPath, ['scripts/preview.mjs', '--port', port], { stdio: 'inherit' });
forwardSignals(child);
