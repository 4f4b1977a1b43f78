// @ts-check
// Build time and how it grows with the number of lessons.
// Copies the project (sources only; node_modules linked) to a temporary folder,
// replaces content/lessons with N generated lessons, runs the real build
// (astro build + search index + precompression) and reports seconds in all and
// per lesson. The generated lessons never touch the repository.
// Usage: node bench/build-scale.mjs [10 100 1000]
import { cpSync, mkdtempSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = resolve(new URL('..', import.meta.url).pathname);
const counts = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const sizes = counts.length ? counts : [10, 100, 1000];
const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', 'bench', 'docs', 'tests']);

function lesson(i) {
  const n = String(i).padStart(4, '0');
  return `---
title: Generated lesson ${n}
description: A generated lesson used only to measure how build time grows with the number of lessons.
order: ${i}
objectives:
  - Measure the build
---

Containers share the host kernel; an image is a read-only template. Run \`docker run --rm -it alpine\`.

## Commands ${n}

\`\`\`console
$ docker run --rm -p 4567:4567 -e FRONTEND_URL='*' backend-flask
$ docker ps -a
\`\`\`

<Callout type="mistake" title="Order">Options go before the image, never after it.</Callout>

## Compose ${n}

\`\`\`yaml
services:
  backend-flask:
    build: ./backend-flask
    ports:
      - "4567:4567"
\`\`\`

## Security ${n}

Drop every capability with \`--cap-drop ALL\` and mount the root filesystem read-only.

<Summary>
- Lesson ${n} is generated.
</Summary>
`;
}

function buildOnce(n) {
  const dir = mkdtempSync(join(tmpdir(), `cn-build-${n}-`));
  for (const name of readdirSync(root)) {
    if (!SKIP.has(name)) cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  // Keep the real sessions and commands (lessons they name must exist): only the lessons change.
  rmSync(join(dir, 'content/lessons'), { recursive: true, force: true });
  mkdirSync(join(dir, 'content/lessons'));
  for (let i = 1; i <= n; i++) writeFileSync(join(dir, `content/lessons/${String(i).padStart(4, '0')}-generated-${i}.mdx`), lesson(i));
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const start = process.hrtime.bigint();
  // Astro warns once per generated lesson: allow for a lot of output.
  const r = spawnSync('npm', ['run', 'build'], { cwd: dir, env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  rmSync(dir, { recursive: true, force: true });
  if (r.status !== 0 || r.error) {
    if (r.error) console.error(r.error.message);
    // Astro prints a warning per generated lesson; show the lines that explain the failure.
    const lines = `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => /error|Error|failed|✗/.test(l) && !/MODULE_LEVEL_DIRECTIVE/.test(l));
    console.error(lines.slice(-40).join('\n'));
    throw new Error(`build with ${n} lessons failed`);
  }
  return seconds;
}

const rows = [];
for (const n of sizes) {
  const seconds = buildOnce(n);
  rows.push({ lessons: n, seconds: +seconds.toFixed(1), perLesson: +((seconds / n) * 1000).toFixed(0) });
  console.log(`build: ${n} lessons in ${seconds.toFixed(1)} s (${((seconds / n) * 1000).toFixed(0)} ms per lesson)`);
}
if (rows.length >= 2) {
  const [a, b] = [rows[rows.length - 2], rows[rows.length - 1]];
  const marginal = ((b.seconds - a.seconds) / (b.lessons - a.lessons)) * 1000;
  console.log(`build: marginal cost ${marginal.toFixed(0)} ms per extra lesson between ${a.lessons} and ${b.lessons}`);
}
console.log(JSON.stringify({ bench: 'build-scale', rows }));
