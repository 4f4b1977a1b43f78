// The engine's parts (src/lib/engine/parts.ts): a host that starts with the core
// answers `needs` for a line that wants a part it has not loaded, without
// changing anything, and once the part is added it prints what the full engine
// prints. Each host here gets its own registry, so tests cannot leak parts.
import { describe, expect, it } from 'vitest';
import pack from '../../../content/reference/docker-cli.pack.json' with { type: 'json' };
import type { FactsPack } from '../../../src/lib/commands/facts-pack.ts';
import { NOW_COMMANDS, splitPack } from '../../../src/lib/commands/facts-split.ts';
import { createEngine } from '../../../src/lib/engine/index.ts';
import { DockerHost } from '../../../src/lib/engine/docker-host.ts';
import { LAZY_COMMANDS, PART_NAMES, PartRegistry, partsFor, type PartImpls, type PartName } from '../../../src/lib/engine/parts.ts';
import { composePart } from '../../../src/lib/engine/parts/compose.ts';
import { buildPart } from '../../../src/lib/engine/parts/build.ts';
import { curlPart } from '../../../src/lib/engine/parts/curl.ts';
import { toolsPart } from '../../../src/lib/engine/parts/tools.ts';
import { resourcesPart } from '../../../src/lib/engine/parts/resources.ts';
import { CONTAINER_HANDLERS } from '../../../src/lib/engine/commands/containers.ts';
import { IMAGE_HANDLERS } from '../../../src/lib/engine/commands/images.ts';
import { PracticeSession } from '../../../src/lib/practice/session.ts';

const halves = splitPack(pack as FactsPack);
const IMPLS: PartImpls = {
  facts: halves.later,
  compose: composePart,
  build: buildPart,
  curl: curlPart,
  tools: toolsPart,
  resources: resourcesPart,
};
const coreOnly = () => new PartRegistry(halves.now);
const GROUP_OF: Partial<Record<PartName, FactsPack>> = {
  build: halves.build,
  compose: halves.compose,
  tools: halves.tools,
  resources: halves.resources,
};
const withParts = (names: readonly PartName[], registry = coreOnly()) => {
  for (const n of names) registry.add(n, IMPLS[n] as never, GROUP_OF[n]);
  return registry;
};
const host = (registry: PartRegistry) => new DockerHost({ seed: 7 }, registry);

describe('splitPack', () => {
  it('puts every command in exactly one group', () => {
    const sizes = Object.values(halves).map((g) => g.commands.length);
    expect(sizes.reduce((a, b) => a + b)).toBe((pack as FactsPack).commands.length);
    for (const [path, part] of Object.entries(LAZY_COMMANDS)) {
      const name = path.slice('docker '.length);
      if ((pack as FactsPack).commands.some((c) => c[0] === name))
        expect(
          halves[part as 'build'].commands.map((c) => c[0]),
          path,
        ).toContain(name);
    }
    expect(halves.compose.commands.every((c) => c[0].startsWith('compose'))).toBe(true);
    expect(halves.now.commands.map((c) => c[0]).sort()).toEqual([...NOW_COMMANDS].sort());
  });

  it('holds in the first half the facts of every command the core handles', () => {
    const registry = coreOnly();
    for (const path of Object.keys({ ...CONTAINER_HANDLERS, ...IMAGE_HANDLERS })) expect(registry.spec(path)?.path, path).toBe(path);
  });
});

describe('LAZY_COMMANDS', () => {
  it('names exactly the commands the parts handle, and no core command', () => {
    const fromParts = [
      ...Object.keys(buildPart.handlers).map((p) => [p, 'build']),
      ...Object.keys(toolsPart.handlers).map((p) => [p, 'tools']),
      ...Object.keys(resourcesPart.handlers).map((p) => [p, 'resources']),
    ];
    expect(Object.entries(LAZY_COMMANDS).sort()).toEqual(fromParts.sort());
    for (const path of Object.keys({ ...CONTAINER_HANDLERS, ...IMAGE_HANDLERS })) expect(LAZY_COMMANDS[path], path).toBeUndefined();
  });
});

describe('partsFor and PartRegistry.missing', () => {
  const table: [line: string, parts: PartName[]][] = [
    ['docker run -d --name web -p 8080:80 nginx', []],
    ['docker ps -a', []],
    ['docker images', []],
    ['docker exec -it web sh', []],
    ['ls && cat backend-flask/Dockerfile', []],
    ['docker compose up -d', ['compose']],
    ['docker build -t backend-flask:1.0.0 backend-flask', ['build']],
    ['curl -s localhost:8080', ['curl']],
    ['docker run --rm curlimages/curl -s http://web', ['curl']],
    ['docker logs web', ['tools']],
    ['docker network create internal', ['resources']],
    ['docker inspect --format "{{.State.Status}}" web', ['resources']],
    ['docker image', ['resources']],
    ['docker login -u learner', ['resources']],
    ['docker pause web', ['facts']],
    ['docker frobnicate', ['facts']],
    ['docker rm -f $(docker ps -aq)', []],
  ];
  it.each(table)('%s → %j', (line, parts) => {
    expect(coreOnly().missing([line]).sort()).toEqual([...parts].sort());
  });

  it('names nothing once everything is loaded', () => {
    for (const [line] of table) expect(withParts(PART_NAMES).missing([line]), line).toEqual([]);
  });

  it('is generous rather than short: a part named only in an argument still counts', () => {
    expect(partsFor('echo compose')).toContain('compose');
  });
});

describe('a host with the core only', () => {
  const needing: [line: string, part: PartName][] = [
    ['docker compose up -d', 'compose'],
    ['cd backend-flask && docker build -t backend-flask:1.0.0 .', 'build'],
    ['docker network create internal', 'resources'],
    ['docker logs web', 'tools'],
    ['curl -s localhost:8080', 'curl'],
    ['docker swarm init', 'facts'],
  ];
  it.each(needing)('%s answers needs (%s) and changes nothing, not even the clock', (line, part) => {
    const engine = host(coreOnly());
    engine.run('docker run -d --name web -p 8080:80 nginx');
    const before = JSON.stringify(engine.snapshot());
    const r = engine.run(line);
    expect(r.needs).toContain(part);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/not loaded yet/);
    expect(JSON.stringify(engine.snapshot())).toBe(before);
    // The clock did not move: the next line gets the same time as on a host that never saw the refused line.
    const twin = host(coreOnly());
    twin.run('docker run -d --name web -p 8080:80 nginx');
    expect(engine.run('docker run -d --name two nginx').output).toBe(twin.run('docker run -d --name two nginx').output);
  });

  it('answers needs for a part reached by a way the words do not show, from inside the line', () => {
    const engine = host(coreOnly());
    engine.run('A=comp');
    expect(engine.run('docker ${A}ose ps').needs).toEqual(['compose']);
    engine.run('B=pau');
    expect(engine.run('docker ${B}se web').needs).toEqual(['facts']);
    // A command no group knows: each group is asked for in turn, then it is unknown.
    const registry = coreOnly();
    const unknown = host(registry);
    unknown.run('C=frob');
    const asked: PartName[] = [];
    for (let r = unknown.run('docker ${C}nicate'); r.needs; r = unknown.run('docker ${C}nicate')) {
      asked.push(...r.needs);
      withParts(r.needs, registry);
    }
    expect(asked).toEqual(['facts', 'build', 'compose', 'tools', 'resources']);
    expect(unknown.run('docker ${C}nicate').stderr).toMatch(/unknown command/);
  });

  it('gives, once the parts are added, the same bytes as createEngine()', () => {
    const lines = [
      'docker run -d --name web -p 8080:80 nginx',
      'curl -s localhost:8080 | head -n 4',
      'docker logs web',
      'docker network create internal',
      'docker network connect internal web',
      'docker inspect --format "{{json .NetworkSettings.Networks}}" web',
      'cd backend-flask && docker build -t backend-flask:1.0.0 .',
      'cd ~/cruddur && docker compose up -d',
      'docker compose ps',
      'docker compose down -v',
      'docker version',
      'docker swarm init',
    ];
    const registry = coreOnly();
    const lazy = host(registry);
    const full = createEngine({ seed: 7 });
    for (const line of lines) {
      let r = lazy.run(line);
      for (let i = 0; r.needs && i < 3; i++) {
        withParts(r.needs, registry);
        r = lazy.run(line);
      }
      expect(r.needs, line).toBeUndefined();
      expect(r.output, line).toBe(full.run(line).output);
    }
    expect(lazy.snapshot()).toEqual(full.snapshot());
  });
});

describe('a host with every group of facts but no part code (after the first Tab)', () => {
  const registry = coreOnly();
  registry.addFacts(halves.later, 'facts');
  for (const n of ['build', 'compose', 'tools', 'resources'] as const) registry.addFacts(halves[n], n);
  it('knows an unknown command is unknown without loading any code', () => {
    const r = host(registry).run('docker frobnicate');
    expect(r.needs).toBeUndefined();
    expect(r.stderr).toMatch(/unknown command: docker frobnicate/);
  });
  it('still loads the code a line runs', () => {
    expect(host(registry).run('docker network ls').needs).toEqual(['resources']);
  });
});

describe('PracticeSession with a core-only engine', () => {
  it('keeps no trace of a line that needs a part, then runs it like the full engine once loaded', () => {
    const registry = coreOnly();
    const session = new PracticeSession(() => new DockerHost({ seed: 14 }, registry), ['docker run -d --name web nginx']);
    session.run('A=comp');
    const before = JSON.stringify(session.snapshot());
    const r = session.run('docker ${A}ose up -d');
    expect(r.needs?.length).toBeGreaterThan(0);
    expect(session.lines).toEqual(['A=comp']);
    expect(JSON.stringify(session.snapshot())).toBe(before);
    withParts(['build', 'compose'], registry);
    const again = session.run('docker ${A}ose up -d');
    const full = new PracticeSession(() => createEngine({ seed: 14 }), ['docker run -d --name web nginx'], ['A=comp']);
    expect(again.output).toBe(full.run('docker ${A}ose up -d').output);
    expect(session.snapshot()).toEqual(full.snapshot());
  });

  it('stops a replay at a line that needs a part, keeps every line, and resumes after loading', () => {
    const registry = coreOnly();
    const typed = ['docker run -d --name web nginx', 'docker network create internal', 'docker ps'];
    const session = new PracticeSession(() => new DockerHost({ seed: 14 }, registry), [], typed);
    expect([...session.needs].sort()).toEqual(['resources']);
    expect(session.lines).toEqual(typed);
    withParts(['resources'], registry);
    session.resume();
    expect(session.needs).toEqual([]);
    expect(session.lines).toEqual(typed);
    expect(session.snapshot()).toEqual(new PracticeSession(() => createEngine({ seed: 14 }), [], typed).snapshot());
  });
});

describe("lazy-engine.ts (the practice page's engine)", () => {
  it('starts with the core, loads parts by import(), and shares them between its engines', async () => {
    const lazy = await import('../../../src/lib/engine/lazy-engine.ts');
    const engine = lazy.createEngine({ seed: 14 });
    const line = 'docker compose version';
    if (lazy.missingParts([line]).length) expect(engine.run(line).needs).toEqual(lazy.missingParts([line]));
    await lazy.loadParts(lazy.missingParts([line]));
    expect(lazy.missingParts([line])).toEqual([]);
    expect(engine.run(line).output).toBe('Docker Compose version v5.0.0\n');
    expect(lazy.createEngine({ seed: 14 }).run(line).needs).toBeUndefined();
    expect((await lazy.allFacts()).commands).toHaveLength((pack as FactsPack).commands.length);
  });

  it('settles a session whose replay stopped for a part', async () => {
    const lazy = await import('../../../src/lib/engine/lazy-engine.ts');
    const typed = ['A=tool', 'B=s; docker run -d --name web nginx', 'docker ${A}${B}'];
    const session = new PracticeSession(() => lazy.createEngine({ seed: 14 }), [], typed);
    await lazy.settle(session);
    expect(session.needs).toEqual([]);
    expect(session.lines).toEqual(typed);
    expect(session.snapshot()).toEqual(new PracticeSession(() => createEngine({ seed: 14 }), [], typed).snapshot());
  });
});
