// @ts-check
// `npm run test:e2e`: browser tests only, against the current dist/ (build first
// with `npm run build`). Extra arguments go to Playwright, e.g. a spec file name.
import { spawnSync } from 'node:child_process';
import { requireTools } from './lib/require-tools.mjs';

requireTools(['chromium', 'nginx']);
const r = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
