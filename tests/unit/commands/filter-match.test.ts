import { describe, expect, it } from 'vitest';
import { buildFilterIndex, type FilterEntry } from '../../../src/lib/commands/filter';
import { markText, matchReasons } from '../../../src/lib/commands/filter-match';
import { toFilterEntry } from '../../../src/lib/commands/docs';
import { commandEntries } from './helpers';

const entries: FilterEntry[] = [
  {
    id: 'container-run',
    command: 'docker container run',
    aliases: ['docker run'],
    summary: 'Create a container from an image and start it.',
    flags: [
      { long: '--publish', short: '-p', description: 'Publishes a port to the host.' },
      { long: '--publish-all', short: '-P', description: 'Publishes every exposed port.' },
      { long: '--env', short: '-e', description: 'Sets an environment variable.' },
      { long: '--interactive', short: '-i', description: 'Keeps standard input open.' },
      { long: '--tty', short: '-t', description: 'Allocates a pseudo-terminal.' },
      { long: '--rm', description: 'Removes the container when it exits.' },
    ],
  },
  {
    id: 'login',
    command: 'docker login',
    aliases: [],
    summary: 'Log in to a registry.',
    flags: [{ long: '--password', short: '-p', description: 'The password.' }],
  },
  { id: 'container-ls', command: 'docker container ls', aliases: ['docker ps'], summary: 'List containers.', flags: [] },
];
const index = buildFilterIndex(entries);

describe('matchReasons', () => {
  const cases: [string, Record<string, string[]>][] = [
    ['-p', { 'container-run': ['--publish'], login: ['--password'] }],
    ['-it', { 'container-run': ['--interactive', '--tty'] }],
    ['--rm', { 'container-run': ['--rm'] }],
    ['--pub', { 'container-run': ['--publish', '--publish-all'] }],
    ['-rm', { 'container-run': ['--rm'] }],
    ['environment', { 'container-run': ['--env'] }],
    ['ps', { 'container-ls': [] }],
    ['', {}],
  ];
  for (const [query, expected] of cases) {
    it(`${JSON.stringify(query)} names the flags that matched`, () => {
      const got = Object.fromEntries([...matchReasons(index, query)].map(([id, r]) => [id, r.flags.map((f) => f.long)]));
      expect(got).toEqual(expected);
    });
  }

  it('keeps words of names apart from words to mark everywhere', () => {
    expect(matchReasons(index, 'ps').get('container-ls')).toMatchObject({ names: ['ps'], words: [] });
    expect(matchReasons(index, 'environment').get('container-run')).toMatchObject({ names: [], words: ['environment'] });
    expect(matchReasons(index, '-p').get('login')?.marks).toEqual(['-p']);
  });

  it('tells publish, password and project-name apart on the real cheat sheet', () => {
    const real = buildFilterIndex(commandEntries().map(toFilterEntry));
    const reasons = matchReasons(real, '-p');
    expect(reasons.get('container-run')?.flags.map((f) => f.long)).toEqual(['--publish']);
    expect(reasons.get('login')?.flags.map((f) => f.long)).toEqual(['--password']);
    expect(reasons.get('compose')?.flags.map((f) => f.long)).toEqual(['--project-name']);
  });
});

describe('markText', () => {
  const marked = (text: string, words: string[], flags: string[] = []) =>
    markText(text, words, flags)
      .map((s) => (s.mark ? `[${s.text}]` : s.text))
      .join('');
  const cases: [string, string[], string[], string][] = [
    ['Sets an Environment variable', ['env'], [], 'Sets an [Env]ironment variable'],
    ['a pseudo-terminal', ['term'], [], 'a pseudo-[term]inal'],
    ['-p, --publish', [], ['-p'], '[-p], --publish'],
    ['-p, --publish', [], ['--publish'], '-p, [--publish]'],
    ['--publish-all', [], ['--publish'], '--publish-all'],
    ['no match here', ['zzz'], [], 'no match here'],
    ['(((\\$*', ['(('], [], '[((](\\$*'],
    ['', ['a'], [], ''],
  ];
  for (const [text, words, flags, expected] of cases) {
    it(`${JSON.stringify(text)} with ${JSON.stringify([...words, ...flags])}`, () => expect(marked(text, words, flags)).toBe(expected));
  }
});
