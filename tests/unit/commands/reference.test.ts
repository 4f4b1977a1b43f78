import { describe, expect, it } from 'vitest';
import { buildReference, commandSlug, compactFacts, type CliFacts } from '../../../src/lib/commands/reference';
import { parseUsage } from '../../../src/lib/commands/usage';
import { facts, reference } from './helpers';

describe('buildReference: finds commands by name and alias', () => {
  const table: [string, string | undefined][] = [
    ['docker container run', 'docker container run'],
    ['docker run', 'docker container run'],
    ['docker ps', 'docker container ls'],
    ['docker container ps', 'docker container ls'],
    ['docker images', 'docker image ls'],
    ['docker rmi', 'docker image rm'],
    // With BuildKit (the default) every build command runs buildx.
    ['docker build', 'docker buildx build'],
    ['docker builder build', 'docker buildx build'],
    ['docker image build', 'docker buildx build'],
    ['docker buildx b', 'docker buildx build'],
    ['docker logout', 'docker logout'],
    ['docker context use', 'docker context use'],
    ['docker info', 'docker system info'],
    ['docker compose config', 'docker compose config'],
    ['docker compose convert', 'docker compose config'],
    ['docker image', 'docker image'],
    ['docker nope', undefined],
  ];
  it.each(table)('%s → %s', (name, canonical) => {
    expect(reference.find(name)?.name).toBe(canonical);
  });

  it('drops an alias that is a command of its own', () => {
    const facts = {
      commands: [
        { command: 'docker a', aliases: ['docker b'], usage: null, options: [] },
        { command: 'docker b', aliases: [], usage: null, options: [] },
      ],
    };
    expect(buildReference(facts).find('docker a')!.aliases).toEqual([]);
    expect(buildReference(facts).find('docker b')!.name).toBe('docker b');
  });

  it('keeps interspersed: false, the BuildKit flag set, hidden aliases and deprecations', () => {
    expect(reference.find('docker run')!.interspersed).toBe(false);
    expect(reference.find('docker ps')!.interspersed).toBe(true);
    expect(reference.find('docker build')!.flagSet).toBe('buildkit');
    expect(reference.find('docker run')!.byLong.get('--net')).toMatchObject({ hidden: true, aliasOf: '--network' });
    expect(reference.find('docker stop')!.byLong.get('--time')).toMatchObject({
      aliasOf: '--timeout',
      deprecated: 'use --timeout instead',
    });
  });

  it('compacts the facts for the browser without losing what the explainer reads', () => {
    const compact = compactFacts(facts as CliFacts);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(facts).length * 0.6);
    const small = buildReference(compact);
    for (const c of reference.commands) {
      const s = small.find(c.name)!;
      expect({ ...s, byLong: [...s.byLong.values()], byShort: [...s.byShort.keys()] }).toEqual({
        ...c,
        byLong: [...c.byLong.values()],
        byShort: [...c.byShort.keys()],
      });
    }
  });

  it('knows groups', () => {
    expect(reference.isGroup('docker image')).toBe(true);
    expect(reference.isGroup('docker compose')).toBe(true);
    expect(reference.isGroup('docker compose alpha')).toBe(true);
    expect(reference.isGroup('docker container run')).toBe(false);
    expect(reference.children('docker volume').map((c) => c.name)).toContain('docker volume ls');
  });
});

describe('buildReference: flags by long name and shorthand', () => {
  const run = reference.find('docker run')!;
  it('indexes both', () => {
    expect(run.byLong.get('--publish')).toMatchObject({ short: '-p', type: 'list', takesValue: true });
    expect(run.byLong.get('--network')).toMatchObject({ type: 'network', takesValue: true });
    expect(run.byShort.get('-p')?.long).toBe('--publish');
    expect(run.byShort.get('-P')?.long).toBe('--publish-all');
    expect(run.byLong.get('--rm')).toMatchObject({ type: 'bool', takesValue: false });
  });
  it('keeps global options on docker and docker compose, and --dry-run on compose subcommands', () => {
    expect(reference.find('docker')!.byShort.get('-H')?.long).toBe('--host');
    expect(reference.find('docker compose')!.byShort.get('-f')?.long).toBe('--file');
    expect(reference.find('docker compose up')!.byLong.has('--dry-run')).toBe(true);
  });
  it('rejects a file of the wrong shape, saying where', () => {
    expect(() => buildReference({ commands: [{ command: 'docker x' }] })).toThrow(
      /docker-cli.json: commands\.0\.aliases: expected a list of strings/,
    );
    expect(() => buildReference(null)).toThrow(/docker-cli.json/);
  });
});

describe('parseUsage: positional roles', () => {
  const table: [string, string, string[]][] = [
    ['docker container run [OPTIONS] IMAGE [COMMAND] [ARG...]', 'docker container run', ['IMAGE', '[COMMAND]!', '[ARG]...']],
    ['docker image build [OPTIONS] PATH | URL | -', 'docker image build', ['PATH | URL | -']],
    ['docker image ls [OPTIONS] [REPOSITORY[:TAG]]', 'docker image ls', ['[REPOSITORY[:TAG]]']],
    ['docker image pull [OPTIONS] NAME[:TAG|@DIGEST]', 'docker image pull', ['NAME[:TAG|@DIGEST]']],
    ['docker container rm [OPTIONS] CONTAINER [CONTAINER...]', 'docker container rm', ['CONTAINER', '[CONTAINER]...']],
    ['docker compose down [OPTIONS] [SERVICES]', 'docker compose down', ['[SERVICES]...']],
    ['docker swarm join-token [OPTIONS] (worker|manager)', 'docker swarm join-token', ['worker|manager']],
    ['docker container top CONTAINER [ps OPTIONS]', 'docker container top', ['CONTAINER', '[ps OPTIONS]...']],
    ['docker compose alpha dry-run -- [COMMAND...]', 'docker compose alpha dry-run', ['[COMMAND]...!']],
    [
      'docker compose cp [OPTIONS] SERVICE:SRC_PATH DEST_PATH|-\n\tdocker compose cp x',
      'docker compose cp',
      ['SERVICE:SRC_PATH', 'DEST_PATH|-'],
    ],
    ['docker container ls [OPTIONS]', 'docker container ls', []],
  ];
  it.each(table)('%j', (usage, command, expected) => {
    const got = parseUsage(usage, command).map((a) => `${a.optional ? `[${a.name}]` : a.name}${a.repeat ? '...' : ''}${a.rest ? '!' : ''}`);
    expect(got).toEqual(expected);
  });
});

describe('commandSlug', () => {
  it.each([
    ['docker container run', 'container-run'],
    ['docker compose up', 'compose-up'],
    ['docker compose', 'compose'],
    ['docker login', 'login'],
    ['docker', 'docker'],
  ])('%s → %s', (command, slug) => expect(commandSlug(command)).toBe(slug));
});
