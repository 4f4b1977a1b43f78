import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildReference } from '../../../src/lib/commands/reference';
import { cliWordsFromPack, compactCli, flagsOf, subcommandsOf } from '../../../src/lib/terminal/cli-words';
import pack from '../../../content/reference/docker-cli.pack.json';
import type { FactsPack } from '../../../src/lib/commands/facts-pack';
import { complete, type CompletionContext } from '../../../src/lib/terminal/completion';
import { pathCandidates, resolvePath } from '../../../src/lib/terminal/paths';

const facts = JSON.parse(readFileSync('content/reference/docker-cli.json', 'utf8'));
const words = compactCli(buildReference(facts));

const ctx: CompletionContext = {
  words,
  programs: ['cat', 'cd', 'clear', 'curl', 'docker', 'echo', 'ls', 'pwd'],
  names: {
    images: ['backend-flask:1.0.0', 'python:3.10-slim-buster', 'nginx:latest'],
    containers: ['backend', 'web'],
    networks: ['bridge', 'host', 'none', 'internal-net'],
    volumes: ['dbdata'],
    files: [
      '/home/learner/cruddur/backend-flask/Dockerfile',
      '/home/learner/cruddur/backend-flask/app.py',
      '/home/learner/cruddur/docker-compose.yml',
      '/home/learner/cruddur/frontend-react-js/package.json',
    ],
    cwd: '/home/learner/cruddur',
    home: '/home/learner',
  },
};

describe('compact CLI words', () => {
  test('are the same from the packed facts the page loads', () => {
    expect(cliWordsFromPack(pack as FactsPack)).toEqual(words);
  });

  test('keeps commands, aliases and flags with their value marks', () => {
    expect(flagsOf(words, 'run')).toContain('--publish=');
    expect(flagsOf(words, 'container run')).toContain('-p=');
    expect(flagsOf(words, 'run')).toContain('--rm');
    expect(flagsOf(words, 'compose up')).toContain('--detach');
    expect(flagsOf(words, 'no such')).toEqual([]);
    expect(subcommandsOf(words, 'network')).toEqual(expect.arrayContaining(['create', 'ls', 'rm', 'connect']));
  });

  test('is much smaller than the facts file', () => {
    expect(JSON.stringify(words).length).toBeLessThan(JSON.stringify(facts).length / 2);
  });
});

describe('complete', () => {
  test.each([
    // [typed, completed line]
    ['doc', 'docker '],
    ['docker netw', 'docker network '],
    ['docker network cre', 'docker network create '],
    ['docker run --rea', 'docker run --read-only '],
    ['docker run --network int', 'docker run --network internal-net '],
    ['docker run --network=int', 'docker run --network=internal-net '],
    ['docker run -d backend', 'docker run -d backend-flask:1.0.0 '],
    ['docker run -p 80:80 ngi', 'docker run -p 80:80 nginx:latest '],
    ['docker exec -it ba', 'docker exec -it backend '],
    ['docker logs w', 'docker logs web '],
    ['docker volume rm db', 'docker volume rm dbdata '],
    ['docker network inspect int', 'docker network inspect internal-net '],
    ['docker build -t x ./back', 'docker build -t x ./backend-flask/'],
    ['docker build -t x back', 'docker build -t x backend-flask/'],
    ['cat backend-flask/Doc', 'cat backend-flask/Dockerfile '],
    ['cd fr', 'cd frontend-react-js/'],
    ['cd ~/cruddur/back', 'cd ~/cruddur/backend-flask/'],
    ['docker compose -f dock', 'docker compose -f docker-compose.yml '],
    ['docker compose dow', 'docker compose down '],
    ['ls && docker ima', 'ls && docker image'],
    ['docker run -v db', 'docker run -v dbdata '],
  ])('%j', (typed, line) => {
    expect(complete(typed, typed.length, ctx).buffer).toBe(line);
  });

  test.each([
    ['docker p', ['pause', 'plugin', 'port', 'ps', 'pull', 'push']],
    ['docker network ', ['connect', 'create', 'disconnect', 'inspect', 'ls', 'prune', 'rm']],
    ['docker run --network ', ['bridge', 'host', 'internal-net', 'none']],
    ['docker rm ', ['backend', 'web']],
  ])('lists %j', (typed, listing) => {
    const result = complete(typed, typed.length, ctx);
    expect(result.buffer).toBe(typed);
    expect(result.listing).toEqual(expect.arrayContaining(listing));
    expect(result.listing.length).toBeLessThanOrEqual(listing.length + 2);
  });

  test('completes in the middle of a line and keeps the rest', () => {
    expect(complete('docker ps -a', 8, ctx)).toEqual({ buffer: 'docker ps -a', cursor: 8, listing: expect.any(Array) });
    const mid = complete('docker ne ls', 9, ctx);
    expect(mid.buffer).toBe('docker network  ls');
    expect(mid.cursor).toBe(15);
  });

  test('nothing matches: the line stays as it is', () => {
    expect(complete('docker zzz', 10, ctx)).toEqual({ buffer: 'docker zzz', cursor: 10, listing: [] });
  });
});

describe('paths', () => {
  test.each([
    ['backend-flask', '/home/learner/cruddur', '/home/learner/cruddur/backend-flask'],
    ['../x', '/home/learner/cruddur', '/home/learner/x'],
    ['~', '/tmp', '/home/learner'],
    ['~/a/./b', '/tmp', '/home/learner/a/b'],
    ['/../..', '/tmp', '/'],
  ])('resolvePath(%j) in %s', (path, cwd, resolved) => {
    expect(resolvePath(path, cwd, '/home/learner')).toBe(resolved);
  });

  test('lists a folder, folders with a slash', () => {
    expect(pathCandidates('', ctx.names.cwd, ctx.names.home, ctx.names.files).sort()).toEqual([
      'backend-flask/',
      'docker-compose.yml',
      'frontend-react-js/',
    ]);
    expect(pathCandidates('/home/', '/', ctx.names.home, ctx.names.files)).toEqual(['/home/learner/']);
  });
});
