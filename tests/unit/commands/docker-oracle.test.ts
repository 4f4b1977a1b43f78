/**
 * The real docker client as the oracle for the explainer's error lines. The
 * client parses its arguments before it contacts a daemon, so invalid lines
 * fail at once with the message a learner would see; an unreachable
 * DOCKER_HOST and an empty DOCKER_CONFIG make sure nothing else happens. A few
 * hundred invalid lines are generated from docker-cli.json (unknown options,
 * missing values, bad switches, wrong argument counts, unknown and glued
 * commands) for the commands of docker/cli itself: plugins (compose, buildx…)
 * are not installed beside the client here.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { explain } from '../../../src/lib/commands/explain';
import type { RefCommand } from '../../../src/lib/commands/reference';
import { argumentBounds, enforcedBounds } from '../../../src/lib/commands/docker-errors';
import { explainData, reference } from './helpers';
import { runClientLines } from '../engine/docker-client.ts';

function dockerVersion(): string | undefined {
  try {
    return execFileSync('docker', ['--version'], { encoding: 'utf8', timeout: 5000 }).trim();
  } catch {
    return undefined;
  }
}
const version = dockerVersion();
const data = explainData();

// Commands the client itself parses: not plugins, not BuildKit's build and
// builder (which the client forwards to buildx, absent here), not deprecated ones.
function ownCommands(): RefCommand[] {
  return reference.commands.filter(
    (c) =>
      c.usage &&
      !c.plugin &&
      !c.flagSet &&
      !c.deprecated &&
      !/^docker (buildx|builder|compose|scout|model|debug|init|bake|sandbox)\b/.test(c.name) &&
      !reference.isGroup(c.name),
  );
}

/** Invalid lines, each a list of arguments after `docker`. Deterministic. */
function invalidLines(): string[][] {
  const lines: string[][] = [];
  for (const cmd of ownCommands()) {
    const path = cmd.name.split(' ').slice(1);
    lines.push([...path, '--no-such-option']);
    const letter = [...'ZYXWVUKJ'].find((ch) => !cmd.byShort.has(`-${ch}`))!;
    lines.push([...path, `-${letter}`]);
    const visible = cmd.flags.filter((f) => !f.hidden && f.long !== '--help');
    const valued = visible.filter((f) => f.takesValue).slice(0, 2);
    for (const f of valued) lines.push([...path, f.long]);
    const short = visible.find((f) => f.takesValue && f.short);
    if (short) lines.push([...path, short.short!]);
    const bool = visible.find((f) => !f.takesValue);
    if (bool) lines.push([...path, `${bool.long}=maybe`]);
    const { min, max } = enforcedBounds(cmd.name, argumentBounds(cmd.args));
    if (min > 0) lines.push(path);
    if (max !== Infinity) lines.push([...path, ...Array.from({ length: max + 1 }, (_, k) => `arg${k}`)]);
  }
  for (const group of ['image', 'container', 'network', 'volume', 'system']) lines.push([group, 'frobnicate']);
  lines.push(
    ['run--rm', 'nginx'],
    ['frobnicate'],
    ['-t', 'pcehr', 'build'],
    ['ps', '-H', 'host'],
    ['exec', '-it'],
    ['commit', '-p', 'false', 'web', 'nginx:1.27'],
  );
  return lines;
}

describe.skipIf(!version)(`the docker client as oracle (${version ?? 'no docker binary'})`, () => {
  const config = mkdtempSync(join(tmpdir(), 'cn-docker-config-'));
  afterAll(() => rmSync(config, { recursive: true, force: true }));
  // A context would override DOCKER_HOST; the empty DOCKER_CONFIG holds none.
  const env: NodeJS.ProcessEnv = { ...process.env, DOCKER_HOST: 'tcp://127.0.0.1:1', DOCKER_CONFIG: config, DOCKER_CLI_HINTS: 'false' };
  delete env.DOCKER_CONTEXT;

  it('quotes the first line the client prints, for a few hundred invalid lines', async () => {
    const lines = invalidLines();
    expect(lines.length).toBeGreaterThan(300);
    const differ: string[] = [];
    const newer: string[] = [];
    for (const run of await runClientLines(lines, { env })) {
      const { args } = run;
      const said = (run.stderr || run.stdout).split('\n').find((l) => l.trim()) ?? '';
      const ours = explain(`docker ${args.join(' ')}`, data).commands[0]?.docker ?? '(no error)';
      // The facts describe Docker 29; an older client does not know a flag added since.
      const flag = /^unknown flag: (--\S+)$/.exec(said)?.[1];
      if (flag && said !== ours && args.some((a) => a.split('=')[0] === flag)) newer.push(flag);
      else if (said !== ours) differ.push(`docker ${args.join(' ')}\n    client: ${said}\n    ours:   ${ours}`);
    }
    if (newer.length) console.log(`${newer.length} lines left out: the installed client predates these flags: ${newer.join(' ')}`);
    expect(newer.length).toBeLessThan(lines.length / 20);
    expect(differ, differ.join('\n')).toEqual([]);
  }, 300_000);
});

describe.runIf(!version)('the docker client as oracle', () => {
  it.skip('skipped: no docker binary on PATH', () => {});
});
