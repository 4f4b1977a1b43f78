// The Docker engine model (src/lib/engine): commands per second in Node and
// the size of the model as the browser would get it (esbuild, minified,
// gzip), with and without the workspace files. Prints numbers; asserts nothing.
// Usage: node --experimental-strip-types bench/engine.mjs
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { createEngine } from '../src/lib/engine/index.ts';

// A learner's session in the practice terminal: mostly shell and docker
// commands (with mistakes), one build, one compose up and down.
const SESSION = [
  'ls',
  'cd backend-flask',
  'cat requirements.txt',
  'cd ..',
  'export FRONTEND_URL="*"',
  'echo $FRONTEND_URL',
  'docker build -t backend-flask ./backend-flask',
  'docker run -d --name backend -p 4567:4567 -e FRONTEND_URL -e BACKEND_URL="*" backend-flask',
  'docker ps',
  'docker ps -a',
  'docker images',
  'docker images --format table',
  'curl -s localhost:4567/api/activities/home | head -n 3',
  'docker logs --tail 3 backend',
  'docker exec backend ls',
  'docker exec backend -it bash',
  'docker rm backend',
  'docker rmi backend',
  'docker run--rm',
  'docker network ls',
  'docker volume ls',
  'docker inspect --format "{{.State.Status}}" backend',
  'docker stop backend',
  'docker rm backend',
  'docker compose up -d',
  'docker compose ps',
  'docker compose logs --tail 2',
  'docker compose down',
  'docker ps -a | wc -l',
  'docker system df',
];

// Warm up, then measure whole sessions (engine creation included) for about 2 s.
for (let i = 0; i < 20; i++) {
  const e = createEngine({ seed: i });
  for (const line of SESSION) e.run(line);
}
let commands = 0;
const started = performance.now();
const cpu0 = process.cpuUsage();
let seed = 100;
while (performance.now() - started < 3000) {
  const e = createEngine({ seed: seed++ });
  for (const line of SESSION) e.run(line);
  commands += SESSION.length;
}
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
// On a shared machine wall time includes waiting for a core; CPU time is what the model costs.
console.log(
  `commands per second (Node ${process.version}): ${Math.round(commands / cpuSeconds).toLocaleString('en-US')} per CPU-second, ${Math.round(commands / seconds).toLocaleString('en-US')} per wall-clock second (${commands} commands, ${SESSION.length}-command sessions, a new engine each; load average ${(await import('node:os')).loadavg()[0].toFixed(1)})`,
);

// Size: the bundle a page would load, and the same with the workspace files left out.
async function bundle(stubWorkspace) {
  const result = await build({
    entryPoints: ['src/lib/engine/index.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    plugins: stubWorkspace
      ? [
          {
            name: 'stub-workspace',
            setup(b) {
              b.onLoad({ filter: /engine[\\/]workspace\.ts$/ }, () => ({
                contents:
                  "export const HOME='/home/learner';export const WORKSPACE='/home/learner/cruddur';export const WORKSPACE_FILES={};",
                loader: 'ts',
              }));
            },
          },
        ]
      : [],
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
// The heavy commands on their own (same engine, repeated: the build is cached after the first).
for (const line of ['docker build -t backend-flask ./backend-flask', 'docker compose up -d', 'docker ps -a', 'ls']) {
  const e = createEngine({ seed: 1 });
  e.run('docker build -t backend-flask ./backend-flask');
  const t0 = performance.now();
  let n = 0;
  while (performance.now() - t0 < 400) {
    e.run(line);
    if (line.startsWith('docker compose')) e.run('docker compose down');
    n++;
  }
  console.log(
    `  ${line}: ${((performance.now() - t0) / n).toFixed(3)} ms each${line.startsWith('docker compose') ? ' (with the down after it)' : ''}`,
  );
}

const full = await bundle(false);
const model = await bundle(true);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`bundle, minified: ${kb(full.raw)} (${kb(full.gzip)} gzip) with the workspace files`);
console.log(`model without the workspace files: ${kb(model.raw)} minified, ${kb(model.gzip)} gzip (target <= 60 KB gzip)`);
