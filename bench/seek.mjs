// @ts-check
// Seek time of the replay engine in a generated 10,000-event recording.
//
// 1. Node, engine only: parse, timeline, then seeks of every kind (random,
//    forward, and the worst case: backward to near the end, which resets the
//    terminal and replays almost everything). The terminal is a byte counter,
//    so this is the engine's own cost.
// 2. Chromium, with xterm.js: the same file opened on /playground/ of the built
//    site; a seek counts until xterm has drawn the result (write callback).
//    Skipped with --node-only, or when there is no built site.
//
// Usage: node bench/seek.mjs [--node-only]   (DIST_DIR=… for another build,
// BENCH_PORT=… for the preview server's port)
// Node >= 22.18 runs the TypeScript modules it imports directly.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseAsciicast } from '../src/lib/replay/asciicast.ts';
import { Engine } from '../src/lib/replay/engine.ts';
import { buildTimeline, eventCount } from '../src/lib/replay/timeline.ts';
import { seededRandom } from '../src/lib/sessions/generate.ts';

const EVENTS = 10_000;

/** A v3 recording of exactly EVENTS events: commands typed, coloured output, progress lines, markers, resizes. */
export function generateRecording(count = EVENTS) {
  const random = seededRandom('bench');
  const lines = [JSON.stringify({ version: 3, term: { cols: 100, rows: 30 }, title: 'bench' })];
  const push = (dt, code, data) => lines.push(JSON.stringify([Number(dt.toFixed(6)), code, data]));
  let n = 0;
  for (let cmd = 0; n < count; cmd++) {
    push(0.8, 'm', `docker ps --filter name=app-${cmd}`);
    n++;
    for (const ch of `docker ps --filter name=app-${cmd}`) {
      if (n >= count) break;
      push(0.03 + random() * 0.05, 'o', ch);
      n++;
    }
    for (let i = 0; i < 60 && n < count; i++, n++) {
      if (i === 30 && cmd % 25 === 24) push(0.1, 'r', cmd % 50 === 24 ? '120x30' : '100x30');
      else if (i % 10 === 9) push(0.05, 'o', `\r\x1b[K${'='.repeat(i)}> ${i}%`);
      else push(0.01 + random() * 0.02, 'o', `\x1b[3${i % 7}mline ${i} of command ${cmd}\x1b[0m ${'x'.repeat(20 + (i % 50))}\r\n`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { runs: s.length, median: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}

const ms = (v) => `${v.toFixed(3)} ms`;
const row = (name, st) =>
  console.log(
    `  ${name.padEnd(44)} median ${ms(st.median).padStart(11)}  p95 ${ms(st.p95).padStart(11)}  max ${ms(st.max).padStart(11)}  (${st.runs} runs)`,
  );

function time(fn) {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function nodeBench(text) {
  const parsed = parseAsciicast(text);
  if (!parsed.ok) throw new Error(`generated recording is broken: ${JSON.stringify(parsed.errors)}`);
  const timeline = buildTimeline(parsed.recording);
  let bytes = 0;
  const terminal = { write: (d) => (bytes += d.length), resize() {}, reset() {} };
  const clock = { now: () => 0, schedule: () => () => {} };
  const engine = new Engine(timeline, { terminal, clock });
  const random = seededRandom('seeks');
  const D = timeline.duration;

  console.log(
    `Node ${process.version}, engine only: ${eventCount(timeline)} events, ${timeline.markers.length} markers, ${(text.length / 1e6).toFixed(2)} MB, ${(D / 1000).toFixed(0)} s`,
  );
  row('parse the file', stats(Array.from({ length: 5 }, () => time(() => parseAsciicast(text)))));
  row('build the timeline', stats(Array.from({ length: 5 }, () => time(() => buildTimeline(parsed.recording)))));
  for (let i = 0; i < 20; i++) engine.seek(random() * D); // warm up the JIT
  row('seek to a random time', stats(Array.from({ length: 1000 }, () => time(() => engine.seek(random() * D)))));
  row(
    'seek forward by 5 s',
    stats(
      Array.from({ length: 500 }, () => {
        engine.seek(random() * (D - 6000));
        return time(() => engine.seekBy(5000));
      }),
    ),
  );
  row(
    'back to just before the end (reset + replay)',
    stats(
      Array.from({ length: 200 }, () => {
        engine.seek(D);
        return time(() => engine.seek(D - 1));
      }),
    ),
  );
  row(
    'next command',
    stats(
      Array.from({ length: 500 }, () => {
        engine.seek(random() * D);
        return time(() => engine.nextCommand());
      }),
    ),
  );
  const written = Array.from({ length: 300 }, () => {
    engine.seek(0);
    bytes = 0;
    engine.seek(random() * D);
    return bytes / 1024;
  });
  const w = stats(written);
  console.log(
    `  terminal writes for a seek from the start: median ${w.median.toFixed(1)} KB, max ${w.max.toFixed(1)} KB (the whole output is ${(text.length / 1024).toFixed(0)} KB of JSON)`,
  );
  return { bytes };
}

async function browserBench(text) {
  const dist = process.env.DIST_DIR ?? 'dist';
  if (!existsSync(`${dist}/playground/index.html`)) {
    console.log(`\nChromium + xterm.js: skipped (no built site in ${dist}/; run npm run build or set DIST_DIR)`);
    return;
  }
  const { launchChromium } = await import('./lib/chromium.mjs');
  const { startServer } = await import('./lib/servers.mjs');
  const server = await startServer('preview', dist, process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : undefined);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/playground/`);
    await page
      .getByLabel('Choose a .cast file')
      .setInputFiles({ name: 'bench.cast', mimeType: 'application/x-asciicast', buffer: Buffer.from(text) });
    await page.locator('#cast-own[data-state="idle"]').waitFor({ timeout: 60_000 });
    // Seek once every keyframe has arrived (builds before keyframes have no store: no wait).
    if (await page.evaluate(() => 'keyframes' in /** @type {any} */ (document.getElementById('cast-own')))) {
      await page.locator('#cast-own[data-keyframes]').waitFor({ timeout: 120_000 });
    }
    const result = await page.evaluate(async () => {
      // The engine and sink are the element's own (TypeScript-private) fields.
      const player = /** @type {any} */ (document.getElementById('cast-own'));
      const { engine, sink } = player;
      const D = engine.duration;
      let seed = 42;
      const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
      const engineOnly = [];
      const measure = async (prepare, target, runs) => {
        const out = [];
        for (let i = 0; i < runs; i++) {
          prepare();
          await sink.flushed();
          const t = target();
          const t0 = performance.now();
          engine.seek(t);
          engineOnly.push(performance.now() - t0);
          await sink.flushed();
          out.push(performance.now() - t0);
        }
        return out;
      };
      return {
        random: await measure(
          () => {},
          () => random() * D,
          100,
        ),
        back: await measure(
          () => engine.seek(D),
          () => D - 1,
          30,
        ),
        engineOnly,
      };
    });
    console.log(`\nChromium ${browser.version()}, engine + xterm.js until drawn:`);
    row('seek to a random time', stats(result.random));
    row('back to just before the end (reset + replay)', stats(result.back));
    row('(of which the engine, before xterm parses)', stats(result.engineOnly));
  } finally {
    await browser.close();
    await server.stop();
  }
}

// Run as a script (not when replay-open.mjs imports generateRecording).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const text = generateRecording();
  nodeBench(text);
  if (!process.argv.includes('--node-only')) await browserBench(text);
}
