import { describe, expect, it } from 'vitest';
import { buildFilterIndex, filterCommands, parseQuery, type FilterEntry } from '../../../src/lib/commands/filter';
import { toFilterEntry } from '../../../src/lib/commands/docs';
import { commandEntries, reference } from './helpers';

const small: FilterEntry[] = [
  {
    id: 'container-run',
    command: 'docker container run',
    aliases: ['docker run'],
    summary: 'Create a container from an image and start it.',
    flags: [
      { long: '--interactive', short: '-i', description: 'Keeps standard input open.' },
      { long: '--tty', short: '-t', description: 'Allocates a pseudo-terminal.' },
      { long: '--publish', short: '-p', description: 'Publishes a port.' },
      { long: '--publish-all', short: '-P', description: 'Publishes every exposed port.' },
      { long: '--env', short: '-e', description: 'Sets an environment variable inside the container.' },
      { long: '--rm', description: 'Removes the container when it exits.' },
    ],
  },
  {
    id: 'container-ls',
    command: 'docker container ls',
    aliases: ['docker ps', 'docker container ps'],
    summary: 'List containers.',
    flags: [{ long: '--all', short: '-a', description: 'Shows stopped ones too.' }],
  },
  {
    id: 'image-rm',
    command: 'docker image rm',
    aliases: ['docker rmi'],
    summary: 'Remove images.',
    flags: [{ long: '--force', short: '-f', description: 'Forces removal.' }],
  },
  {
    id: 'compose-down',
    command: 'docker compose down',
    aliases: [],
    summary: 'Stop and remove containers and networks.',
    flags: [
      { long: '--rmi', description: 'Also removes images.' },
      { long: '--remove-orphans', description: 'Removes orphans.' },
    ],
  },
  {
    id: 'compose-ps',
    command: 'docker compose ps',
    aliases: [],
    summary: 'List the project containers.',
    flags: [],
  },
];
const index = buildFilterIndex(small);

describe('filterCommands', () => {
  const table: [string, string[]][] = [
    ['', ['container-run', 'container-ls', 'image-rm', 'compose-down', 'compose-ps']],
    ['   ', ['container-run', 'container-ls', 'image-rm', 'compose-down', 'compose-ps']],
    ['rmi', ['image-rm']],
    ['docker ps', ['container-ls', 'compose-ps']],
    ['$ docker ps', ['container-ls', 'compose-ps']],
    ['DOCKER PS', ['container-ls', 'compose-ps']],
    ['run', ['container-run']],
    ['compose', ['compose-down', 'compose-ps']],
    ['-p', ['container-run']],
    ['-P', ['container-run']],
    ['-a', ['container-ls']],
    ['-it', ['container-run']],
    ['-ia', []],
    ['--rm', ['container-run']],
    ['--rem', ['compose-down']],
    ['--publish=8080:80', ['container-run']],
    ['-rm', ['container-run', 'compose-down']],
    ['environment variable', ['container-run']],
    ['environ', ['container-run']],
    ['pseudo', ['container-run']],
    ['remove images', ['image-rm', 'compose-down']],
    ['nothing-like-this', []],
    ['run -p --rm', ['container-run']],
  ];
  it.each(table)('%j → %j', (query, ids) => {
    expect(filterCommands(index, query)).toEqual(ids);
  });

  it('treats `ps` as a command word, not the start of "pseudo"', () => {
    expect(parseQuery('ps', index)).toEqual([{ kind: 'word', value: 'ps', name: true }]);
  });

  it('survives garbage and very long queries', () => {
    // Only punctuation: no usable term, so nothing is filtered out.
    expect(filterCommands(index, '(((\\$*+?[')).toHaveLength(small.length);
    expect(filterCommands(index, 'x'.repeat(100_000))).toEqual([]);
  });
});

describe('filterCommands on the real cheat sheet', () => {
  const real = buildFilterIndex(commandEntries().map(toFilterEntry));
  it.each([
    ['rmi', ['image-rm']],
    ['docker ps', ['compose-ps', 'container-ls', 'node-ps', 'service-ps']],
    // A single letter is a shorthand only, never the start of a long flag (`-p` is not `--pull`).
    ['-p', ['compose', 'compose-run', 'container-create', 'container-run', 'login', 'service-create']],
    ['--rm', ['compose-run', 'container-run']],
    ['-it', ['container-create', 'container-exec', 'container-run']],
    ['environment variable', ['compose-exec', 'compose-run', 'container-create', 'container-exec', 'container-run', 'service-create']],
  ])('%j', (query, ids) => {
    expect(filterCommands(real, query).sort()).toEqual(ids);
  });
});

describe('filterCommands on every command of docker-cli.json', () => {
  it('indexes all of them', () => {
    const all = buildFilterIndex(
      reference.commands.map((c) => ({ id: c.name, command: c.name, aliases: c.aliases, summary: c.usage ?? '', flags: c.flags })),
    );
    expect(filterCommands(all, '').length).toBe(reference.commands.length);
    expect(filterCommands(all, '--publish')).toEqual(
      expect.arrayContaining(['docker container run', 'docker container create', 'docker compose run']),
    );
  });
});
