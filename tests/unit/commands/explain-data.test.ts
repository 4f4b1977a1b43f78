import { describe, expect, it } from 'vitest';
import { explain } from '../../../src/lib/commands/explain';
import { packDoc, packExplainData, readExplainData, unpackDoc, type ExplainBlock } from '../../../src/lib/commands/explain-data';
import { toCommandDoc } from '../../../src/lib/commands/docs';
import type { CommandDoc } from '../../../src/lib/commands/explain-model';
import { compactFacts, type CliFacts } from '../../../src/lib/commands/reference';
import { HAVE_CONFORMANCE, readTsv } from './conformance';
import { commandEntries, explainData, facts, reference } from './helpers';

const docs = commandEntries().map(toCommandDoc);
const block = packExplainData(facts as CliFacts, docs);
const read = readExplainData(JSON.parse(JSON.stringify(block)) as ExplainBlock);
const full = explainData();

describe('the explain page data block', () => {
  it('gives back every doc exactly, keyed by the canonical command', () => {
    expect([...read.docs.keys()]).toEqual([...full.docs.keys()]);
    for (const [key, doc] of full.docs) expect(read.docs.get(key), key).toStrictEqual(JSON.parse(JSON.stringify(doc)));
  });

  it('explains every example and corpus line exactly as the full files do', () => {
    const lines = [
      ...docs.flatMap((d) => [d.command, ...Object.keys(d.flags).map((f) => `${d.command} ${f} x y`)]),
      ...commandEntries().flatMap((e) => e.data.examples.map((x) => x.command)),
      ...(HAVE_CONFORMANCE ? readTsv('real-commands.tsv').map((r) => r.command!) : []),
      ...(HAVE_CONFORMANCE ? readTsv('real-mistakes.tsv').map((r) => r.command!) : []),
    ];
    expect(lines.length).toBeGreaterThan(500);
    for (const line of lines) expect(explain(line, read), line).toEqual(explain(line, full));
  });

  it('leaves out what the facts already say', () => {
    const run = block.docs.find((d) => d[0] === 'container run')!;
    expect(run).toHaveLength(3);
    const publish = run[2].indexOf('publish');
    expect(publish % 2).toBe(0);
    expect(run[2][publish + 1]).toContain('port');
    // The two blocks the page had before: compactFacts and the docs as toCommandDoc makes them.
    const before = JSON.stringify(compactFacts(facts as CliFacts)).length + JSON.stringify(docs).length;
    expect(JSON.stringify(block).length).toBeLessThan(before * 0.7);
  });

  const doc = (d: Partial<CommandDoc>): CommandDoc => ({
    slug: 'container-run',
    command: 'docker container run',
    short: 'Runs.',
    flags: {},
    ...d,
  });
  it.each<[string, CommandDoc, unknown[]]>([
    ['the facts usage', doc({ usage: reference.find('docker container run')!.usage }), ['container run', 'Runs.', []]],
    ['no usage', doc({}), ['container run', 'Runs.', [], null]],
    ['our own usage', doc({ usage: 'docker run IMAGE' }), ['container run', 'Runs.', [], 'docker run IMAGE']],
    ['another slug', doc({ slug: 'run', usage: reference.find('docker container run')!.usage }), ['container run', 'Runs.', [], 0, 'run']],
    [
      'an alias with the facts usage of its command',
      doc({ command: 'docker run', slug: 'run', usage: reference.find('docker run')!.usage }),
      ['run', 'Runs.', [], reference.find('docker run')!.usage!],
    ],
    ['docker itself', doc({ command: 'docker', slug: 'docker', flags: { '--debug': 'Debug.' } }), ['', 'Runs.', ['debug', 'Debug.'], null]],
  ])('packs a doc with %s and reads it back', (_name, d, row) => {
    expect(packDoc(d, reference)).toEqual(row);
    expect(unpackDoc(packDoc(d, reference), reference)).toEqual(d);
  });

  it.each([
    ['a command without docker', doc({ command: 'podman run' }), 'cannot pack the command "podman run"'],
    ['a flag without dashes', doc({ flags: { publish: 'x' } }), 'flag "publish" does not start with --'],
  ])('refuses %s', (_name, d, message) => {
    expect(() => packDoc(d, reference)).toThrow(message);
  });

  it('refuses a block that is not one', () => {
    expect(() => readExplainData(null as unknown as ExplainBlock)).toThrow('expected { facts, docs }');
    expect(() => readExplainData({ facts: block.facts } as unknown as ExplainBlock)).toThrow('docs: expected a list');
  });
});
