// Turns the readable session scenarios (content/sessions/scenarios/<slug>.yaml)
// into the asciicast files the site ships (content/sessions/<slug>.cast).
// Deterministic: running it twice gives the same bytes.
//
// Usage: npm run sessions                      write every .cast
//        npm run sessions -- --check         fail if a .cast is missing or out of date
// The TypeScript modules it imports run as they are (Node type stripping).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkScenario } from '../src/lib/sessions/scenario.ts';
import { castFor } from '../src/lib/sessions/from-engine.ts';
import { parseAsciicast, formatProblems } from '../src/lib/replay/asciicast.ts';

const dir = 'content/sessions';
const check = process.argv.includes('--check');
const names = (await readdir(join(dir, 'scenarios'))).filter((n) => n.endsWith('.yaml')).sort();
const problems = [];
let written = 0;

for (const name of names) {
  const slug = name.replace(/\.yaml$/, '');
  const source = join(dir, 'scenarios', name);
  let data;
  try {
    data = parse(await readFile(source, 'utf8'));
  } catch (err) {
    problems.push(`${source}: not valid YAML (${err.message.split('\n')[0]})`);
    continue;
  }
  const result = checkScenario(data);
  if (!result.ok) {
    problems.push(...result.errors.map((e) => `${source}: ${e}`));
    continue;
  }
  // Scenarios with `setup` are played by the engine model (src/lib/engine).
  const made = castFor(slug, result.scenario);
  if (!made.ok) {
    problems.push(...made.errors.map((e) => `${source}: ${e}`));
    continue;
  }
  const cast = made.cast;
  const parsed = parseAsciicast(cast);
  if (!parsed.ok) {
    problems.push(formatProblems(`${slug}.cast (generated)`, parsed.errors));
    continue;
  }
  const target = join(dir, `${slug}.cast`);
  const current = await readFile(target, 'utf8').catch(() => undefined);
  if (current === cast) continue;
  if (check) {
    problems.push(`${target} is ${current === undefined ? 'missing' : 'out of date'}: run node scripts/build-sessions.mjs`);
    continue;
  }
  await writeFile(target, cast);
  written++;
  console.log(`wrote ${target}`);
}

if (problems.length > 0) {
  console.error(`Sessions have problems:\n  - ${problems.join('\n  - ')}`);
  process.exit(1);
}
console.log(`${names.length} scenarios, ${check ? 'every .cast is up to date' : `${written} .cast file(s) written`}`);
