// @ts-check
// CPU seconds a command and everything it starts spend, by process kind
// (Chromium renderer, browser, GPU; Playwright worker; servers), read from
// /proc every 200 ms. `/usr/bin/time` misses Chromium's processes, which
// are not waited for by the process it times; on a machine shared with
// others, CPU seconds compare runs where wall time does not.
// Usage: node bench/cpu-seconds.mjs -- npx playwright test tests/e2e/search.spec.ts --project=preview
// Linux only. A process that lives less than 200 ms may be missed: a
// lower bound, within a few percent for test runs.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const args = process.argv.slice(process.argv.indexOf('--') + 1);
if (args.length === 0 || !process.argv.includes('--')) {
  console.error('usage: node bench/cpu-seconds.mjs -- COMMAND [ARGS...]');
  process.exit(2);
}
const ticks = 100; // USER_HZ on Linux

/** @param {number} pid @returns {{ ppid: number, cpu: number } | undefined} */
function stat(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return { ppid: Number(fields[1]), cpu: (Number(fields[11]) + Number(fields[12])) / ticks };
  } catch {
    return undefined; // gone since the directory was read
  }
}

/** @param {number} pid */
function kindOf(pid) {
  let cmd;
  try {
    cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return 'other';
  }
  if (/chrom/.test(cmd)) {
    const type = /--type=([\w-]+)/.exec(cmd)?.[1] ?? 'browser';
    const sub = /--utility-sub-type=[\w.]*?(\w+) /.exec(cmd)?.[1];
    return `chromium ${type}${sub ? ` (${sub})` : ''}`;
  }
  if (/playwright/.test(cmd)) return /worker/.test(cmd) ? 'playwright worker' : 'playwright runner';
  if (/astro/.test(cmd)) return 'astro';
  if (/nginx/.test(cmd)) return 'nginx';
  return cmd.split(' ')[0].split('/').at(-1) || 'other';
}

const start = Date.now();
const child = spawn(args[0], args.slice(1), { stdio: 'inherit' });
/** Every process seen in the tree: its kind and its last CPU reading. */
const seen = new Map([[child.pid ?? 0, { kind: args[0], cpu: 0 }]]);

function sample() {
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const s = stat(pid);
    if (!s) continue;
    const known = seen.get(pid);
    if (known) known.cpu = s.cpu;
    // Ours when its parent is: processes are seen before their parents exit.
    else if (seen.has(s.ppid)) seen.set(pid, { kind: kindOf(pid), cpu: s.cpu });
  }
}
const timer = setInterval(sample, 200);
sample();

child.on('exit', (code) => {
  clearInterval(timer);
  /** @type {Map<string, { cpu: number, n: number }>} */
  const byKind = new Map();
  for (const { kind, cpu } of seen.values()) {
    const k = byKind.get(kind) ?? { cpu: 0, n: 0 };
    byKind.set(kind, { cpu: k.cpu + cpu, n: k.n + 1 });
  }
  const total = [...byKind.values()].reduce((sum, k) => sum + k.cpu, 0);
  console.log('\nCPU seconds by process kind:');
  for (const [kind, { cpu, n }] of [...byKind].sort((a, b) => b[1].cpu - a[1].cpu)) {
    if (cpu >= 0.05) console.log(`  ${cpu.toFixed(1).padStart(7)} s  ${kind} (${n} process${n === 1 ? '' : 'es'})`);
  }
  console.log(`cpu-seconds: ${total.toFixed(1)} s in ${((Date.now() - start) / 1000).toFixed(1)} s wall (exit ${code})`);
  process.exit(code ?? 1);
});
