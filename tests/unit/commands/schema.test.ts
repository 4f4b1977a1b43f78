import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { checkCommandFile } from '../../../src/lib/commands/schema';
import { checkCommandFiles, commandsLoader } from '../../../src/lib/content/commands-loader';
import { reference } from './helpers';

const valid = {
  command: 'docker container ls',
  usage: 'docker container ls [OPTIONS]',
  short: 'List containers, running or all.',
  group: 'containers',
  examples: [{ command: 'docker ps', description: 'Lists running containers.' }],
};

describe('checkCommandFile: names the file, the field and what was expected', () => {
  const file = 'content/commands/container-ls.yaml';
  const table: [string, unknown, string[]][] = [
    ['a valid file', valid, []],
    [
      'not a mapping',
      'text',
      [
        `${file}: expected a YAML mapping with the fields command, aliases, usage, short, long, group, options, examples, lessons, mistakes`,
      ],
    ],
    [
      'a missing field',
      { ...valid, short: undefined },
      [`${file}: field "short" is missing (expected a one-line summary of 10 to 140 characters)`],
    ],
    [
      'an unknown group',
      { ...valid, group: 'misc' },
      [
        `${file}: field "group" is the string "misc" (expected one of containers, images, build, registry, compose, networks, volumes, system)`,
      ],
    ],
    [
      'a bad nested option field',
      { ...valid, options: [{ option: 'all', shorthand: 'aa', value_type: 'bool', description: 'Shows all containers.' }] },
      [`${file}: field "options.0.shorthand" is the string "aa" (expected one letter without its dash, like "p")`],
    ],
    ['an unknown field', { ...valid, colour: 'red' }, [`${file}: field "colour" is not a command field`]],
    [
      'a lesson that is not a slug',
      { ...valid, lessons: ['No Such'] },
      [`${file}: field "lessons.0" is the string "No Such" (expected a list of lesson slugs, like ["cors"])`],
    ],
    [
      'no examples',
      { ...valid, examples: [] },
      [`${file}: field "examples" is a list (expected a list of at least one {command, description})`],
    ],
    [
      'the wrong file',
      { ...valid, command: 'docker image ls' },
      [`${file}: field "command" is "docker image ls", which belongs in image-ls.yaml (expected the file name to be the command's slug)`],
    ],
  ];
  it.each(table)('%s', (_name, data, expected) => {
    expect(checkCommandFile(file, data)).toEqual(expected);
  });

  it.each([
    [['cors'], []],
    [['cors', 'nope'], [`${file}: field "lessons.1" is the string "nope", which is not a lesson (expected one of cors, setup)`]],
    [[], []],
  ])('lessons %j against the lessons that exist', (lessons, expected) => {
    expect(checkCommandFile(file, { ...valid, lessons }, ['cors', 'setup'])).toEqual(expected);
  });
});

describe('commandsLoader: a broken command file fails the build with every problem', () => {
  it('lists each problem with its file', async () => {
    const errors = await checkCommandFiles(process.cwd(), './tests/fixtures/commands-broken', reference);
    const dir = 'tests/fixtures/commands-broken';
    expect(errors).toEqual(
      expect.arrayContaining([
        `${dir}/image-rm.yaml: field "group" is the string "pictures" (expected one of containers, images, build, registry, compose, networks, volumes, system)`,
        `${dir}/image-rm.yaml: field "options.0.shorthand" is the string "ff" (expected one letter without its dash, like "p")`,
        `${dir}/image-rm.yaml: field "options.0.colour" is not a command field`,
        `${dir}/image-rm.yaml: field "examples" is a list (expected a list of at least one {command, description})`,
        `${dir}/volume-ls.yaml: field "command" is "docker volume create", which belongs in volume-create.yaml (expected the file name to be the command's slug)`,
        expect.stringMatching(
          new RegExp(
            `^${dir}/image-rm\\.yaml: field "lessons\\.0" is the string "not-a-lesson", which is not a lesson \\(expected one of why-containers, setup, cors, `,
          ),
        ),
        `${dir}/container-stop.yaml: field "options.0.shorthand": flag --timeout has shorthand -T but docker-cli.json says -t`,
      ]),
    );
    expect(errors.some((e) => e.startsWith(`${dir}/network-ls.yaml: not valid YAML`))).toBe(true);
    expect(errors.some((e) => e.includes('container-ls.yaml'))).toBe(false);
  });

  it('throws one error listing them, as `astro build` shows it', async () => {
    const loader = commandsLoader(reference, './tests/fixtures/commands-broken');
    const context = { config: { root: pathToFileURL(`${process.cwd()}/`) } } as unknown as Parameters<typeof loader.load>[0];
    const error = await loader.load(context).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message.split('\n')[0]).toBe('Broken command files:');
    expect(error?.message).toContain('  - tests/fixtures/commands-broken/image-rm.yaml: field "group"');
  });
});
