import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packFacts, unpackFacts, type FactsPack } from '../../../src/lib/commands/facts-pack';
import { buildReference, compactFacts, type CliFacts } from '../../../src/lib/commands/reference';
import facts from '../../../content/reference/docker-cli.json';
import { FACTS, PACK, packText } from '../../../scripts/pack-facts.mjs';

/** compactFacts' output with the `interspersed` it repeats when true or absent left out, as the pack stores it. */
const normal = (f: CliFacts) => f.commands.map(({ interspersed, ...c }) => (interspersed === false ? { ...c, interspersed } : c));

describe('packFacts / unpackFacts', () => {
  it('gives back exactly what compactFacts keeps, for the whole docker-cli.json', () => {
    expect(normal(unpackFacts(packFacts(facts as CliFacts)))).toEqual(normal(compactFacts(facts as CliFacts)));
  });

  it('indexes to the same reference as the full file', () => {
    const full = buildReference(facts);
    const small = buildReference(unpackFacts(packFacts(facts as CliFacts)));
    expect(small.commands.map((c) => ({ ...c, byLong: [...c.byLong.values()], byShort: [...c.byShort.keys()] }))).toEqual(
      full.commands.map((c) => ({ ...c, byLong: [...c.byLong.values()], byShort: [...c.byShort.keys()] })),
    );
  });

  it('is at most 55 % of the compact JSON', () => {
    expect(JSON.stringify(packFacts(facts as CliFacts)).length).toBeLessThan(JSON.stringify(compactFacts(facts as CliFacts)).length * 0.55);
  });

  const one = (c: Partial<CliFacts['commands'][number]>): CliFacts => ({
    commands: [{ command: 'docker x', aliases: [], usage: null, options: [], ...c }],
  });
  it.each<[string, CliFacts, FactsPack['commands'][number]]>([
    ['a bare command', one({ command: 'docker' }), ['', '', null, []]],
    [
      'aliases and a usage that starts with the name',
      one({ aliases: ['docker y', 'docker z'], usage: 'docker x [OPTIONS]' }),
      ['x', 'y,z', ' [OPTIONS]', []],
    ],
    ['a usage that does not start with the name', one({ usage: 'x [OPTIONS]' }), ['x', '', '=x [OPTIONS]', []]],
    ['a usage whose tail starts with =', one({ usage: 'docker x=1' }), ['x', '', '=docker x=1', []]],
    ['only the first usage line', one({ usage: 'docker x A\ndocker x B' }), ['x', '', ' A', []]],
    ['a plain bool flag', one({ options: [{ long: '--all', short: null, type: 'bool', default: null }] }), ['x', '', null, ['all']]],
    [
      'a flag with every field',
      one({
        options: [
          { long: '--net', short: '-n', type: 'string', default: 'bridge', hidden: true, deprecated: 'gone', aliasOf: '--network' },
        ],
      }),
      ['x', '', null, [['net', 'n', 'string', 'bridge', 1, 'gone', 'network']]],
    ],
    [
      'bools with default false, with and without a shorthand',
      one({
        options: [
          { long: '--all', short: '-a', type: 'bool', default: 'false' },
          { long: '--quiet', type: 'bool', default: 'false' },
          { long: '--wait', type: 'bool', default: 'true' },
          { long: '--name', type: 'string', default: 'false' },
        ],
      }),
      [
        'x',
        '',
        null,
        [
          ['all', 'a', '!'],
          ['quiet', '', '!'],
          ['wait', '', '', 'true'],
          ['name', '', 'string', 'false'],
        ],
      ],
    ],
    [
      'deprecated without a message, hidden false',
      one({ options: [{ long: '--old', type: 'bool', hidden: false, deprecated: true }] }),
      ['x', '', null, [['old', '', '', 0, 0, 1]]],
    ],
    [
      'command marks',
      one({ interspersed: false, flagSet: 'buildkit', deprecated: true, plugin: 'buildx' }),
      ['x', '', null, [], { i: 0, s: 'buildkit', d: 1, p: 'buildx' }],
    ],
  ])('packs %s and reads it back', (_name, raw, row) => {
    const pack = packFacts(raw);
    expect(pack.commands[0]).toEqual(row);
    expect(normal(unpackFacts(pack))).toEqual(normal(compactFacts(raw)));
  });

  it.each([
    ['a name without docker', one({ command: 'podman x' }), 'cannot pack the command name "podman x"'],
    ['an alias with a comma', one({ aliases: ['docker a,b'] }), 'cannot pack the command name "docker a,b"'],
    ['the alias docker', one({ aliases: ['docker'] }), 'cannot pack the command name "docker"'],
  ])('refuses %s', (_name, raw, message) => {
    expect(() => packFacts(raw)).toThrow(message);
  });

  it('refuses what is not a pack', () => {
    expect(() => unpackFacts({ v: 2, commands: [] } as unknown as FactsPack)).toThrow('expected { v: 1, commands: [...] }');
    expect(() => unpackFacts(null as unknown as FactsPack)).toThrow('facts pack');
  });
});

describe(`${PACK}`, () => {
  it(`is docker-cli.json packed (if not: npm run facts:pack)`, () => {
    expect(readFileSync(PACK, 'utf8'), `${PACK} is out of date with ${FACTS}: run npm run facts:pack`).toBe(
      packText(readFileSync(FACTS, 'utf8')),
    );
  });
});
