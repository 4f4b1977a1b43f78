/**
 * The words after `docker` (or `docker compose`): the group's own options,
 * the subcommand words and aliases (`docker ps` is `docker container ls`), a
 * subcommand glued to its first option (`run--rm`), and a group named with no
 * command after it. A command found hands its options and arguments over to
 * readArguments (explain-args.ts). Part of explain.ts; pure.
 */
import type { Token } from './tokenize.ts';
import type { RefCommand } from './reference.ts';
import type { Collector, ExplainedCommand } from './explain-model.ts';
import { readFlag } from './explain-flags.ts';
import { readArguments } from './explain-args.ts';
import type { FlagScope, Reader, Segment } from './explain-reader.ts';
import { nearest } from './explain-text.ts';
import { unknownCommand } from './docker-errors.ts';
import { summarize } from './explain-summary.ts';

/**
 * Reads the subcommand words after `group` (`docker`, or `docker compose`),
 * with the group's own options before them, then hands over to readArguments.
 */
export function resolve(r: Reader, i: number, group: RefCommand, outer: RefCommand[]): void {
  const { c, words } = r;
  const ref = c.data.reference;
  const scope = scopeOf(c, group, outer);
  const optionsFrom = i;
  while (i < words.length && words[i]!.text.length > 1 && words[i]!.text.startsWith('-')) i = readFlag(r, scope, i);
  const informational = r.help || words.slice(optionsFrom, i).some((w) => /^(--version|-v)$/.test(w.text));

  let name = group.name;
  const first = i;
  while (i < words.length) {
    const w = words[i]!;
    let candidate = `${name} ${w.text}`;
    if (!ref.find(candidate) && !ref.isGroup(candidate)) {
      // `run--rm`: a missing space glues the subcommand to the first option.
      const split = missingSpace(c, name, w);
      if (!split) break;
      words.splice(i, 1, split.head, split.tail);
      c.message({
        code: 'missing-space',
        severity: 'error',
        text: `\`${w.text}\` is one word, so Docker looks for a command called \`${w.text}\` and finds none. Put a space between \`${split.head.text}\` and \`${split.tail.text}\`.`,
        at: w,
        suggestion: r.rewrite([{ start: split.tail.start, end: split.tail.start, text: ' ' }]),
        docker: r.refuse(unknownCommand(`${r.path} ${w.text}`)),
      });
      candidate = `${name} ${split.head.text}`;
    }
    const found = ref.find(candidate);
    const word = words[i]!;
    i++;
    name = candidate;
    r.path = `${r.path} ${word.text}`;
    if (found?.name === 'docker compose') {
      c.part(
        'subcommand',
        word.start,
        word.end,
        'docker compose',
        c.data.docs.get(found.name)?.short ?? 'Docker Compose.',
        c.href(found.name),
      );
      resolve(r, i, found, [...outer, group]);
      return;
    }
    if (found && !ref.isGroup(found.name)) {
      runCommand(r, {
        cmd: found,
        typed: candidate,
        span: { start: words[first]!.start, end: word.end },
        from: i,
        outer: [...outer, group],
      });
      return;
    }
  }
  // A group that also runs on its own with arguments (`docker buildx history inspect REF`).
  const runnable = name !== group.name ? ref.find(name) : undefined;
  if (runnable && runnable.args.length > 0 && !runnable.args[0]!.rest && i > first) {
    runCommand(r, {
      cmd: runnable,
      typed: name,
      span: { start: words[first]!.start, end: words[i - 1]!.end },
      from: i,
      outer: [...outer, group],
    });
    return;
  }
  groupOnly(r, name, first, i, informational);
}

// A command found: its name part, its options and arguments from word `i` on, and its entry in the result.
function runCommand(r: Reader, found: { cmd: RefCommand; typed: string; span: Segment; from: number; outer: RefCommand[] }): void {
  const { cmd, span } = found;
  commandPart(r, cmd, found.typed, span);
  const scope = scopeOf(r.c, cmd, found.outer);
  readArguments(r, scope, found.from, span);
  const entry: ExplainedCommand = { command: cmd.name, start: r.seg.start, end: r.seg.end };
  if (scope.doc) entry.slug = scope.doc.slug;
  const summary = summarize(r.c, r.seg);
  if (summary) entry.summary = summary;
  r.c.commands.push(finishCommand(r, entry));
}

function scopeOf(c: Collector, cmd: RefCommand, outer: RefCommand[]): FlagScope {
  const scope: FlagScope = { cmd, outer };
  const doc = c.data.docs.get(cmd.name);
  if (doc) scope.doc = doc;
  // Compose's project options (-f, -p, --profile…) are persistent: they work after any subcommand.
  if (cmd.name.startsWith('docker compose ')) {
    const compose = c.data.reference.find('docker compose');
    if (compose) scope.inherited = compose;
  }
  return scope;
}

// A group name with nothing after it, or with a word that is not one of its commands.
function groupOnly(r: Reader, name: string, first: number, i: number, informational: boolean): void {
  const { c, words, seg } = r;
  if (i > first) {
    const span = { start: words[first]!.start, end: words[i - 1]!.end };
    c.part(
      'subcommand',
      span.start,
      span.end,
      name,
      `A group of commands: \`${name}\` needs one more word saying what to do.`,
      c.href(name),
    );
  }
  const groupCmd = c.data.reference.find(name);
  if (groupCmd) {
    const scope = scopeOf(c, groupCmd, []);
    while (words[i] && words[i]!.text.length > 1 && words[i]!.text.startsWith('-')) i = readFlag(r, scope, i);
  }
  const next = words[i];
  const options = nextWords(c, name);
  if (next) {
    const near = nearest(next.text, options);
    const part = c.part('unknown', next.start, next.end, next.text, `Not a command of \`${name}\`.`);
    c.message({
      code: 'unknown-command',
      severity: 'error',
      text: `\`${name}\` has no command \`${next.text}\`.${near ? ` Did you mean \`${name} ${near}\`?` : ''}`,
      at: part,
      part,
      suggestion: near ? r.rewrite([{ start: next.start, end: next.end, text: near }]) : undefined,
      docker: r.refuse(unknownCommand(`${r.path} ${next.text}`)),
    });
    for (const w of words.slice(i + 1)) c.part('unknown', w.start, w.end, w.text, 'Not explained: the command before it is not known.');
  } else if (!informational && !r.help) {
    const examples = options.filter((k) => /^(ls|up|ps)$/.test(k)).map((k) => `\`${name} ${k}\``);
    c.message({
      code: 'group-only',
      severity: 'warning',
      text: `\`${name}\` on its own runs nothing: it prints the list of its commands.${examples.length ? ` For example ${examples.join(' or ')}.` : ''}`,
      at: seg,
    });
  }
  c.commands.push(finishCommand(r, { command: name, start: seg.start, end: seg.end }));
}

function finishCommand(r: Reader, entry: ExplainedCommand): ExplainedCommand {
  if (r.help) entry.help = true;
  if (r.docker) entry.docker = r.docker;
  return entry;
}

function commandPart(r: Reader, cmd: RefCommand, typed: string, span: Segment): void {
  const { c } = r;
  const doc = c.data.docs.get(cmd.name);
  const summary =
    doc?.short ?? (cmd.usage ? `Usage: ${cmd.usage}. This site has no page about it yet.` : 'This site has no page about it yet.');
  const alias = typed !== cmd.name ? `\`${typed}\` is short for \`${cmd.name}\`. ` : '';
  const builder =
    cmd.flagSet === 'buildkit' && typed !== cmd.name ? 'It builds with BuildKit (through buildx), as Docker does by default. ' : '';
  c.part('subcommand', span.start, span.end, cmd.name, `${alias}${builder}${summary}`, c.href(cmd.name));
  if (cmd.deprecated) {
    c.message({
      code: 'deprecated-command',
      severity: 'note',
      text: `\`${cmd.name}\` is deprecated${typeof cmd.deprecated === 'string' ? `: ${cmd.deprecated}` : '.'}`,
      at: span,
    });
  }
}
// The words that can follow `name`: `ps`, `image`, `compose`… under docker.
function nextWords(c: Collector, name: string): string[] {
  const out = new Set<string>();
  for (const n of c.data.reference.names()) {
    if (n.startsWith(`${name} `)) out.add(n.slice(name.length + 1).split(' ')[0]!);
  }
  return [...out];
}

function missingSpace(c: Collector, name: string, w: Token): { head: Token; tail: Token } | undefined {
  for (let j = 1; j < w.text.length - 1; j++) {
    if (w.text[j] !== '-') continue;
    const head = w.text.slice(0, j);
    if (!c.data.reference.find(`${name} ${head}`)) continue;
    const cut = w.offsets[j]!;
    return {
      head: { ...w, text: head, end: cut, offsets: [...w.offsets.slice(0, j), cut] },
      tail: { ...w, text: w.text.slice(j), start: cut, offsets: w.offsets.slice(j) },
    };
  }
  return undefined;
}
