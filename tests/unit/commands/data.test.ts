/**
 * The command files against the facts (content/reference/docker-cli.json): every
 * command exists, every flag exists for it with the same shorthand, and takes a
 * value exactly when the facts say so. Plus the cheat sheet's coverage, the
 * lessons each command links to, and every example explaining cleanly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCommandFile, CommandSchema } from '../../../src/lib/commands/schema';
import { factProblems } from '../../../src/lib/commands/facts-check';
import { explain } from '../../../src/lib/commands/explain';
import { commandEntries, commandFiles, explainData, problems, reference } from './helpers';
import { lessonCommands } from './lesson-blocks';

const files = commandFiles();
const entries = commandEntries();
const data = explainData();

/** Problems of one command file against the facts (the content loader's check). */
function factCheck(file: string, raw: unknown): string[] {
  const parsed = CommandSchema.safeParse(raw);
  return parsed.success ? factProblems(file, parsed.data, reference) : [];
}

describe('content/commands', () => {
  it('every file is valid', () => {
    expect(files.flatMap((f) => checkCommandFile(f.file, f.data))).toEqual([]);
  });

  it('every command, alias and flag matches docker-cli.json', () => {
    expect(files.flatMap((f) => factCheck(f.file, f.data))).toEqual([]);
  });

  it('the fact check names the file and the flag', () => {
    const broken = { ...entries.find((e) => e.id === 'container-run')!.data };
    broken.options = [
      { option: 'publish', shorthand: 'P', value_type: 'list', description: 'Publishes a port.' },
      { option: 'rm', value_type: 'string', description: 'Removes the container.' },
      { option: 'detach-me', value_type: 'bool', description: 'Not a real flag.' },
    ];
    expect(factCheck('content/commands/container-run.yaml', broken)).toEqual([
      'content/commands/container-run.yaml: field "options.0.shorthand": flag --publish has shorthand -P but docker-cli.json says -p',
      'content/commands/container-run.yaml: field "options.1.value_type": flag --rm takes no value in docker-cli.json, but value_type is string',
      'content/commands/container-run.yaml: field "options.2": flag --detach-me does not exist for docker container run',
    ]);
    expect(factCheck('x.yaml', { ...broken, command: 'docker run', options: [] })).toEqual([
      'x.yaml: field "command": "docker run" is not a command in docker-cli.json (it is an alias of docker container run)',
    ]);
  });

  it('covers at least 90 commands, including every slug lessons link to', () => {
    const slugs = new Set(files.map((f) => f.slug));
    expect(slugs.size).toBeGreaterThanOrEqual(90);
    const required = [
      'container-run',
      'container-ls',
      'container-exec',
      'container-logs',
      'container-rm',
      'container-stop',
      'container-start',
      'container-restart',
      'container-cp',
      'container-prune',
      'image-build',
      'image-ls',
      'image-rm',
      'image-tag',
      'image-push',
      'image-pull',
      'image-prune',
      'login',
      'inspect',
      'volume-ls',
      'volume-create',
      'volume-rm',
      'volume-inspect',
      'network-ls',
      'network-create',
      'network-inspect',
      'network-rm',
      'system-prune',
      'compose-up',
      'compose-down',
      'compose-ps',
      'compose-logs',
      'compose-build',
      'compose-exec',
      'compose-config',
      'version',
      'system-info',
    ];
    expect(required.filter((s) => !slugs.has(s))).toEqual([]);
  });

  it('links to /commands/<slug>/ in the lessons all resolve', () => {
    const slugs = new Set(files.map((f) => f.slug));
    const missing: string[] = [];
    for (const name of readdirSync('content/lessons').filter((n) => n.endsWith('.mdx'))) {
      for (const m of readFileSync(`content/lessons/${name}`, 'utf8').matchAll(/\/commands\/([a-z0-9-]+)\/?/g)) {
        if (!slugs.has(m[1]!)) missing.push(`${name}: /commands/${m[1]}/`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every lesson a command names exists as a lesson file', () => {
    const lessonFiles = readdirSync('content/lessons').map((n) => n.replace(/\.mdx$/, '').replace(/^\d+-/, ''));
    const named = entries.flatMap((e) => e.data.lessons.map((l) => `${e.id} → ${l}`));
    expect(named.filter((n) => !lessonFiles.includes(n.split(' → ')[1]!))).toEqual([]);
  });

  it('every lesson a command lists does use that command', () => {
    const text = new Map(
      readdirSync('content/lessons')
        .filter((n) => n.endsWith('.mdx'))
        .map((n) => [n.replace(/\.mdx$/, '').replace(/^\d+-/, ''), readFileSync(`content/lessons/${n}`, 'utf8')]),
    );
    const unused: string[] = [];
    for (const e of entries) {
      const names = [e.data.command, ...e.data.aliases];
      for (const lesson of e.data.lessons) {
        const source = text.get(lesson) ?? '';
        const mentioned =
          source.includes(`/commands/${e.id}/`) || names.some((n) => new RegExp(`${n.replace(/ /g, '\\s+')}(?![\\w-])`).test(source));
        if (!mentioned) unused.push(`${e.id} → ${lesson}`);
      }
    }
    expect(unused).toEqual([]);
  });

  it('no alias belongs to two files', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const e of entries)
      for (const a of [e.data.command, ...e.data.aliases]) {
        if (seen.has(a)) dupes.push(`${a}: ${seen.get(a)} and ${e.id}`);
        seen.set(a, e.id);
      }
    expect(dupes).toEqual([]);
  });

  it('every example, and every correction of a mistake, explains without a problem', () => {
    const bad: string[] = [];
    for (const e of entries) {
      const lines = [...e.data.examples.map((x) => x.command), ...e.data.mistakes.flatMap((m) => (m.right ? [m.right] : []))];
      for (const line of lines) {
        const codes = problems(explain(line, data));
        if (codes.length) bad.push(`${e.id}: ${line} → ${codes.join(', ')}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('every example explains as the command of its own page', () => {
    const wrong = entries.flatMap((e) =>
      e.data.examples
        // The pages of `docker` and `docker compose` show their options in front of a subcommand.
        .filter((x) => {
          const canonical = reference.find(e.data.command)?.name ?? e.data.command;
          return !explain(x.command, data).commands.some((c) => c.command === canonical || c.command.startsWith(`${canonical} `));
        })
        .map((x) => `${e.id}: ${x.command}`),
    );
    // Two examples show the network or volume just created in use, with docker run.
    expect(wrong).toEqual([
      'network-create: docker run -d --network cruddur --name backend backend-flask',
      'volume-create: docker run -d -v pgdata:/var/lib/postgresql/data -e POSTGRES_PASSWORD=example postgres:16',
    ]);
  });

  it('describes every flag the lessons and examples use', () => {
    const texts: string[] = entries.flatMap((e) => e.data.examples.map((x) => x.command));
    for (const name of readdirSync('content/lessons').filter((n) => n.endsWith('.mdx'))) {
      const source = readFileSync(`content/lessons/${name}`, 'utf8');
      texts.push(
        ...lessonCommands(source)
          .filter((c) => !c.mistake)
          .map((c) => c.text),
      );
      for (const m of source.matchAll(/`(docker [^`\n]+)`/g)) texts.push(m[1]!);
    }
    const undescribed = new Set<string>();
    for (const text of texts) {
      let command: string | undefined;
      for (const p of explain(text, data).parts) {
        if (p.kind === 'subcommand') command = p.label;
        const long = p.label.split(' ')[0]!;
        if (p.kind !== 'flag' || !command || !reference.find(command)?.byLong.has(long)) continue;
        if (/no description of it yet/.test(p.detail)) undescribed.add(`${command} ${long}`);
      }
    }
    expect([...undescribed].sort()).toEqual([]);
  });
});
