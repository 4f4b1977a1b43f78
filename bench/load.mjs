// @ts-check
// Load test: requests per second and errors for a lesson page and the
// largest JavaScript file, served by nginx (scripts/serve-nginx.mjs, the
// image's config) and by `astro preview` (what `npm start` runs). Uses wrk,
// on 127.0.0.1 only, with `Accept-Encoding: gzip` as a browser sends.
//
// Usage: node bench/load.mjs [--json]
//   DIST_DIR        built site to serve (default dist; run `npm run build`)
//   BENCH_DURATION  seconds per run (default 10)
//   BENCH_CONNECTIONS, BENCH_THREADS  wrk -c and -t (default 50 and 2)
//   WRK_BIN         wrk binary (default: wrk on PATH)
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { join, resolve } from 'node:path';

const dist = resolve(process.env.DIST_DIR ?? 'dist');
const duration = Number(process.env.BENCH_DURATION ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const threads = Number(process.env.BENCH_THREADS ?? 2);
const json = process.argv.includes('--json');

function fail(message) {
  console.error(`bench/load: ${message}`);
  process.exit(2);
}

for (const [name, n] of /** @type {[string, number][]} */ ([
  ['BENCH_DURATION', duration],
  ['BENCH_CONNECTIONS', connections],
  ['BENCH_THREADS', threads],
])) {
  if (!Number.isInteger(n) || n < 1) fail(`${name} must be a whole number of at least 1.`);
}
if (!existsSync(join(dist, 'index.html'))) fail(`${dist} has no built site. Run \`npm run build\` first, or set DIST_DIR.`);
const wrk = process.env.WRK_BIN ?? 'wrk';
try {
  execFileSync(wrk, ['--version'], { stdio: 'ignore' });
} catch (err) {
  // wrk --version exits 1 after printing its version; only a missing binary throws ENOENT.
  if (/** @type {NodeJS.ErrnoException} */ (err).code === 'ENOENT')
    fail(`wrk not found. Install it: apt-get install -y wrk (or set WRK_BIN).`);
}

/** The routes to load: a lesson page and the largest fingerprinted script. */
function targets() {
  const lessons = readdirSync(join(dist, 'lessons'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dist, 'lessons', e.name, 'index.html')))
    .map((e) => e.name);
  if (lessons.length === 0) fail(`${dist}/lessons/ has no lesson pages.`);
  const lesson = lessons.includes('cors') ? 'cors' : lessons[0];
  const scripts = readdirSync(join(dist, '_astro'))
    .filter((n) => n.endsWith('.js'))
    .map((n) => ({ n, size: statSync(join(dist, '_astro', n)).size }))
    .sort((a, b) => b.size - a.size);
  if (scripts.length === 0) fail(`${dist}/_astro/ has no .js files.`);
  return [
    { label: `lesson page /lessons/${lesson}/`, path: `/lessons/${lesson}/` },
    { label: `largest JS (${(scripts[0].size / 1024).toFixed(1)} KiB)`, path: `/_astro/${scripts[0].n}` },
  ];
}

function freePort() {
  return new Promise((done, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (s.address());
      s.close(() => done(port));
    });
  });
}

const up = (port) =>
  new Promise((done) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });

const children = [];
async function start(name, args, env) {
  const port = await freePort();
  const child = spawn(process.execPath, args(port), {
    env: { ...process.env, ...env(port), DIST_DIR: dist, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true, // own process group, so stopping it also stops npx/astro/nginx below it
  });
  children.push(child);
  for (let i = 0; i < 300; i += 1) {
    if (child.exitCode !== null) fail(`${name} exited before it listened (code ${child.exitCode}).`);
    if (await up(port)) return port;
    await new Promise((r) => setTimeout(r, 100));
  }
  fail(`${name} did not listen on 127.0.0.1:${port} within 30 s.`);
}

function stopAll() {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
}
process.on('exit', stopAll);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

/** Runs wrk once and reads its summary. */
function load(url) {
  const out = execFileSync(
    wrk,
    ['-t', String(threads), '-c', String(connections), '-d', `${duration}s`, '-H', 'Accept-Encoding: gzip', url],
    { encoding: 'utf8' },
  );
  const num = (re) => Number(re.exec(out)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const socketErrors = socket ? socket.slice(1).reduce((a, b) => a + Number(b), 0) : 0;
  return {
    requestsPerSecond: num(/Requests\/sec:\s+([\d.]+)/),
    requests: num(/(\d+) requests in/),
    non2xx3xx: num(/Non-2xx or 3xx responses: (\d+)/),
    socketErrors,
    latencyAvg: /Latency\s+(\S+)/.exec(out)?.[1] ?? '?',
    transferPerSecond: /Transfer\/sec:\s+(\S+)/.exec(out)?.[1] ?? '?',
  };
}

const routes = targets();
const servers = [
  [
    'nginx',
    await start(
      'nginx',
      () => ['scripts/serve-nginx.mjs'],
      (port) => ({ PORT: String(port) }),
    ),
  ],
  [
    'astro preview',
    await start(
      'astro preview',
      (port) => ['scripts/preview.mjs', '--port', String(port)],
      () => ({}),
    ),
  ],
];

const results = [];
for (const [server, port] of servers) {
  for (const { label, path } of routes) {
    const url = `http://127.0.0.1:${port}${path}`;
    if (!json) console.error(`bench/load: ${server}, ${label}: wrk -t${threads} -c${connections} -d${duration}s …`);
    results.push({ server, target: label, path, ...load(url) });
  }
}
stopAll();

if (json) {
  console.log(JSON.stringify({ duration, connections, threads, results }, null, 2));
} else {
  console.log(`\nwrk -t${threads} -c${connections} -d${duration}s, Accept-Encoding: gzip, 127.0.0.1\n`);
  console.log('| server | target | requests/s | avg latency | transfer/s | errors (non-2xx/3xx + socket) |');
  console.log('|---|---|---:|---:|---:|---:|');
  for (const r of results) {
    console.log(
      `| ${r.server} | ${r.target} | ${r.requestsPerSecond.toFixed(0)} | ${r.latencyAvg} | ${r.transferPerSecond} | ${r.non2xx3xx + r.socketErrors} |`,
    );
  }
}
