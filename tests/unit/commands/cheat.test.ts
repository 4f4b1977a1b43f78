import { describe, expect, it } from 'vitest';
import { EVERYDAY, cheatGroup, cheatSheet, explainHref, pickExamples, typedForm } from '../../../src/lib/commands/cheat';
import { COMMAND_GROUPS } from '../../../src/lib/commands/groups';
import { commandEntries } from './helpers';

describe('typedForm', () => {
  const cases: [string, string[], string][] = [
    ['docker container ls', ['docker container list', 'docker container ps', 'docker ps'], 'docker ps'],
    ['docker image rm', ['docker image remove', 'docker rmi'], 'docker rmi'],
    ['docker container run', ['docker run'], 'docker run'],
    ['docker network ls', ['docker network list'], 'docker network ls'],
    ['docker compose up', [], 'docker compose up'],
    // Same words and length: the canonical name stays.
    ['docker volume ls', ['docker volume xx'], 'docker volume ls'],
  ];
  for (const [command, aliases, typed] of cases) {
    it(`${command} is typed ${typed}`, () => expect(typedForm(command, aliases)).toBe(typed));
  }
});

describe('cheatGroup', () => {
  const cases: [string, (typeof COMMAND_GROUPS)[number], string][] = [
    ['docker container prune', 'containers', 'system'],
    ['docker builder prune', 'build', 'system'],
    ['docker container run', 'containers', 'containers'],
    ['docker image pull', 'registry', 'registry'],
  ];
  for (const [command, group, shown] of cases) {
    it(`${command} (${group}) is shown in ${shown}`, () => expect(cheatGroup(command, group)).toBe(shown));
  }
});

describe('pickExamples', () => {
  it('keeps one example that teaches something', () => {
    expect(pickExamples(['docker run --rm -it alpine sh', 'docker run -d nginx'], ['docker container run', 'docker run'])).toEqual([
      'docker run --rm -it alpine sh',
    ]);
  });
  it('adds the second when the first is only the command name', () => {
    expect(pickExamples(['docker ps', 'docker ps -a', 'docker ps -q'], ['docker container ls', 'docker ps'])).toEqual([
      'docker ps',
      'docker ps -a',
    ]);
  });
  it('copes with no examples', () => expect(pickExamples([], ['docker ps'])).toEqual([]));
});

describe('explainHref', () => {
  it('encodes the command for ?cmd=', () =>
    expect(explainHref('docker run -p 8080:80 nginx')).toBe('/explain/?cmd=docker%20run%20-p%208080%3A80%20nginx'));
});

describe('cheatSheet on the real command files', () => {
  const entries = commandEntries();
  const sheet = cheatSheet(entries);

  it('shows every command once, groups in task order', () => {
    const ids = sheet.flatMap((g) => [...g.cards, ...g.rest].map((c) => c.id)).sort();
    expect(ids).toEqual(entries.map((e) => e.id).sort());
    const order = sheet.map((g) => COMMAND_GROUPS.indexOf(g.id));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(sheet[0]!.id).toBe('containers');
    expect(sheet.at(-1)!.id).toBe('system');
  });

  it('makes cards of the everyday commands, in EVERYDAY order, and rows of the rest', () => {
    const cards = sheet.flatMap((g) => g.cards);
    expect(cards.length).toBeGreaterThanOrEqual(20);
    expect(cards[0]!.typed).toBe('docker run');
    for (const g of sheet) {
      const ranks = g.cards.map((c) => EVERYDAY.indexOf(entries.find((e) => e.id === c.id)!.data.command));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      expect(g.rest.every((c) => !c.everyday)).toBe(true);
    }
  });

  it('gives every card one or two examples and names its long form', () => {
    for (const c of sheet.flatMap((g) => g.cards)) {
      expect(c.examples.length, c.id).toBeGreaterThanOrEqual(1);
      expect(c.examples.length, c.id).toBeLessThanOrEqual(2);
      expect(c.otherNames).not.toContain(c.typed);
    }
    const ps = sheet.flatMap((g) => g.cards).find((c) => c.id === 'container-ls')!;
    expect(ps.typed).toBe('docker ps');
    expect(ps.otherNames[0]).toBe('docker container ls');
  });
});
