// Open and seek times for 1, 10 and 50 MB recordings in Chromium: this site's
// player (built site, /playground/, file opened as a user would) beside
// asciinema-player measured in the same run on the same files.
//
// asciinema-player is a bench-only install: `npm install` into a temporary
// folder outside the project (never in package.json or the lockfile, never
// committed). Without the npm registry its column says "n/a".
//
// open  = from handing over the file until the player can play (our data-state
//         "idle"; asciinema-player's "ready" event with preload);
// keyframes ready = until the worker has sent its last keyframe (ours seek
//         after that);
// seek  = a jump to a random time until the terminal has drawn it (median of 10).
//
// --kind=shell (default): shell-like output (the seek benchmark's sessions);
// --kind=fullscreen: a full-screen program (alternate screen, whole-screen
// redraws, like top), where the replay shortcuts never apply and seeks rely on
// keyframes.
//
// Usage: node bench/replay-open.mjs [--sizes=1,10,50] [--kind=fullscreen] (after npm run build).
// Servers bind 127.0.0.1 on BENCH_PORT (default 5640) and BENCH_PORT + 1.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateRecording } from './seek.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { startServer } from './lib/servers.mjs';

const PEER = 'asciinema-player@3.18.0';
const BASE_PORT = Number(process.env.BENCH_PORT ?? 5640);
const kind = process.argv.find((a) => a.startsWith('--kind='))?.slice(7) ?? 'shell';
const sizes = (process.argv.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '1,10,50').split(',').map(Number);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (v) => (v === undefined ? 'n/a' : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(0)} ms`);

/** A recording of about `mb` MB (10^6 bytes): the seek benchmark's sessions, repeated. */
function recordingOf(mb) {
  const one = generateRecording(10_000);
  const [header, ...events] = one.trimEnd().split('\n');
  const out = [header];
  let size = header.length;
  while (size < mb * 1e6) {
    for (const e of events) {
      out.push(e);
      size += e.length + 1;
      if (size >= mb * 1e6) break;
    }
  }
  return `${out.join('\n')}\n`;
}

/** A full-screen program of about `mb` MB: alternate screen, then a 100×30 redraw every 0.1 s. */
function fullScreenOf(mb) {
  const out = [JSON.stringify({ version: 2, width: 100, height: 30, title: 'top' })];
  out.push(JSON.stringify([0.1, 'o', '\x1b[?1049h\x1b[?25l\x1b[2J']));
  let size = out.join('\n').length;
  for (let frame = 0; size < mb * 1e6; frame++) {
    const rows = [`\x1b[H\x1b[7m frame ${frame} ${' '.repeat(80)}\x1b[0m`];
    for (let r = 1; r < 30; r++)
      rows.push(
        `\x1b[${r + 1};1H\x1b[3${r % 7}m${String((frame * 31 + r * 17) % 9973).padStart(6)} ${'x'.repeat(20 + ((frame + r) % 60))}\x1b[0m\x1b[K`,
      );
    const line = JSON.stringify([Number((0.2 + frame * 0.1).toFixed(1)), 'o', rows.join('')]);
    out.push(line);
    size += line.length + 1;
  }
  return `${out.join('\n')}\n`;
}

function installPeer(dir) {
  try {
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', dir, PEER], { stdio: 'ignore' });
    return join(dir, 'node_modules/asciinema-player/dist/bundle');
  } catch {
    return undefined;
  }
}

/** Serves the peer's bundle, a page that creates it, and the cast files. */
function peerServer(bundle, files, port) {
  const page = `<!doctype html><link rel="stylesheet" href="/asciinema-player.css"><div id="p"></div><script src="/asciinema-player.min.js"></script>`;
  const server = createServer((req, res) => {
    const name = req.url.split('?')[0].slice(1);
    if (name === '') return res.end(page);
    const path = files[name] ?? join(bundle, name);
    if (!existsSync(path)) return res.writeHead(404).end();
    res.writeHead(200, {
      'content-type': name.endsWith('.js') ? 'text/javascript' : name.endsWith('.css') ? 'text/css' : 'application/octet-stream',
    });
    res.end(readFileSync(path));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

async function ours(browser, url, path) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${url}/playground/`);
  const t0 = Date.now();
  await page.getByLabel('Choose a .cast file').setInputFiles(path);
  await page.locator('#cast-own[data-state="idle"]').waitFor({ timeout: 600_000 });
  const open = Date.now() - t0;
  // Keyframes arrive once the player is live (builds before them have no keyframe store: no wait).
  const keyframes = await page.evaluate(() => 'keyframes' in document.getElementById('cast-own'));
  const keyed = keyframes
    ? await page
        .locator('#cast-own[data-keyframes]')
        .waitFor({ timeout: 600_000 })
        .then(() => Date.now() - t0)
    : undefined;
  const seeks = await page.evaluate(async () => {
    // The engine and sink are the element's own (TypeScript-private) fields.
    const { engine, sink } = document.getElementById('cast-own');
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const out = [];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      engine.seek(random() * engine.duration);
      await sink.flushed();
      await new Promise((r) => requestAnimationFrame(r));
      out.push(performance.now() - t0);
    }
    return out;
  });
  await page.close();
  return { open, keyed, seek: median(seeks) };
}

async function peer(browser, url, name) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${url}/`);
  const t0 = Date.now();
  await page.evaluate(
    (src) =>
      new Promise((resolve, reject) => {
        const player = window.AsciinemaPlayer.create(src, document.getElementById('p'), { preload: true });
        window.peer = player;
        player.addEventListener('ready', resolve);
        player.addEventListener('error', reject);
      }),
    `/${name}`,
  );
  const open = Date.now() - t0;
  const seeks = await page.evaluate(async () => {
    const player = window.peer;
    const duration = await player.getDuration();
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const out = [];
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      await player.seek(random() * duration);
      await new Promise((r) => requestAnimationFrame(r));
      out.push(performance.now() - t0);
    }
    return out;
  });
  await page.close();
  return { open, seek: median(seeks) };
}

const dir = mkdtempSync(join(tmpdir(), 'cn-replay-bench-'));
const site = await startServer('preview', process.env.DIST_DIR ?? 'dist', BASE_PORT);
const browser = await launchChromium();
let peerHttp;
try {
  const files = {};
  for (const mb of sizes) {
    files[`bench-${mb}mb.cast`] = join(dir, `bench-${mb}mb.cast`);
    writeFileSync(files[`bench-${mb}mb.cast`], kind === 'fullscreen' ? fullScreenOf(mb) : recordingOf(mb));
  }
  const bundle = installPeer(join(dir, 'peer'));
  if (bundle) peerHttp = await peerServer(bundle, files, BASE_PORT + 1);
  console.log(
    `${kind} recordings; Chromium ${browser.version()}; ${PEER} ${bundle ? 'installed in a temporary folder' : 'not available (n/a)'}`,
  );
  console.log('size    | ours: open | ours: keyframes ready | ours: seek (median of 10) | asciinema-player: open | asciinema-player: seek');
  for (const [name, path] of Object.entries(files)) {
    const a = await ours(browser, site.url, path);
    const b = bundle ? await peer(browser, `http://127.0.0.1:${BASE_PORT + 1}`, name).catch(() => undefined) : undefined;
    const mb = (readFileSync(path).length / 1e6).toFixed(1);
    console.log(
      `${`${mb} MB`.padEnd(8)}| ${fmt(a.open).padEnd(11)}| ${fmt(a.keyed).padEnd(22)}| ${fmt(a.seek).padEnd(26)}| ${fmt(b?.open).padEnd(23)}| ${fmt(b?.seek)}`,
    );
  }
} finally {
  await browser.close();
  await site.stop();
  peerHttp?.close();
  rmSync(dir, { recursive: true, force: true });
}
