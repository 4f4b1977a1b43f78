// @ts-check
// Cheat-sheet filter latency: how long one keystroke's filtering takes with
// every command of content/reference/docker-cli.json loaded (164 commands and
// all their flags), and with the site's own command files. Runs the same pure
// code as the page (src/lib/commands/filter.ts) in Node; Node 22 strips the
// TypeScript types itself.
// Usage: node bench/filter.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { buildReference } from '../src/lib/commands/reference.ts';
import { buildFilterIndex, filterCommands } from '../src/lib/commands/filter.ts';

const reference = buildReference(JSON.parse(readFileSync('content/reference/docker-cli.json', 'utf8')));

// Every command of the facts, as the filter would see it if the page listed them all.
const allEntries = reference.commands.map((c) => ({
  id: c.name,
  command: c.name,
  aliases: c.aliases,
  summary: c.usage ?? '',
  flags: c.flags.map((f) => ({ long: f.long, short: f.short, description: `${f.type} ${f.default ?? ''}` })),
}));

// The cheat sheet as built: content/commands/*.yaml.
const siteEntries = readdirSync('content/commands')
  .filter((n) => n.endsWith('.yaml'))
  .map((n) => {
    const d = parse(readFileSync(`content/commands/${n}`, 'utf8'));
    return {
      id: n.replace(/\.yaml$/, ''),
      command: d.command,
      aliases: d.aliases ?? [],
      summary: d.short,
      flags: (d.options ?? []).map((o) => ({
        long: `--${o.option}`,
        short: o.shorthand ? `-${o.shorthand}` : undefined,
        description: o.description,
      })),
    };
  });

// What a learner types, keystroke by keystroke, plus a few whole queries.
const typed = (q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1));
const queries = [
  ...typed('docker ps'),
  ...typed('environment variable'),
  ...typed('--rm'),
  ...typed('-it'),
  'rmi',
  '-p',
  'compose up',
  'x'.repeat(500),
];

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function measure(label, entries, rounds = 200) {
  const t0 = performance.now();
  const index = buildFilterIndex(entries);
  const buildMs = performance.now() - t0;
  for (let i = 0; i < 20; i++) for (const q of queries) filterCommands(index, q); // warm-up
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of queries) {
      const s = performance.now();
      filterCommands(index, q);
      samples.push(performance.now() - s);
    }
  }
  samples.sort((a, b) => a - b);
  const us = (ms) => `${(ms * 1000).toFixed(1)} µs`;
  const flags = entries.reduce((n, e) => n + e.flags.length, 0);
  console.log(`${label}: ${entries.length} commands, ${flags} flags`);
  console.log(`  index build: ${buildMs.toFixed(2)} ms (once per page load)`);
  console.log(
    `  per query (${samples.length} runs): median ${us(percentile(samples, 50))}, p95 ${us(percentile(samples, 95))}, p99 ${us(percentile(samples, 99))}, max ${us(samples.at(-1))}`,
  );
}

console.log(`filter benchmark, Node ${process.version}`);
measure('all of docker-cli.json', allEntries);
measure('site cheat sheet (content/commands)', siteEntries);
