/**
 * "Explain this command": turns any pasted text into parts with character
 * spans (prompt, program, subcommand, flag, value, argument by role…) and
 * plain-language messages about mistakes. It resolves aliases (`docker ps` is
 * `docker container ls`), reads global options before the subcommand
 * (`docker -H host ps`, `docker compose -f a.yml up`), and explains every
 * docker command in a pipeline or script. It never throws, and it runs in
 * linear time, so garbage or 100 KB of input cannot freeze the page. Pure.
 */
import { tokenize, type Token } from './tokenize.ts';
import type { RefCommand } from './reference.ts';
import { Collector, type ExplainData, type Explanation } from './explain-model.ts';
import { readFlag, rewrite, type FlagScope, type Segment } from './explain-flags.ts';
import { readArguments } from './explain-args.ts';
import { nearest } from './explain-text.ts';

export type { CommandDoc, ExplainData, Explanation, Part, Message, PartKind, MessageCode, Severity } from './explain-model.ts';

const CONTROL: Record<string, string> = {
  '|': 'Pipe: the output of the command before it becomes the input of the command after it.',
  '|&': 'Pipe, including error output.',
  '&&': 'Runs the next command only if the one before it succeeded.',
  '||': 'Runs the next command only if the one before it failed.',
  ';': 'Ends a command; the next one runs after it, whatever happened.',
  ';;': 'Ends a case branch.',
  '&': 'Runs the command before it in the background.',
  '(': 'Starts a subshell.',
  ')': 'Ends a subshell.',
};

/** Explains `input` using the facts and our docs. Never throws. */
export function explain(input: string, data: ExplainData): Explanation {
  const c = new Collector(input, data);
  const { tokens, issues } = tokenize(input);
  for (const issue of issues) c.message('unclosed-quote', 'warning', `${issue.message} The shell would wait for more input; everything after it is read as one word.`, issue);

  let words: Token[] = [];
  let docker = 0;
  const flush = () => {
    if (words.length > 0 && explainSegment(c, words)) docker++;
    words = [];
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word') words.push(t);
    else if (t.kind === 'prompt') c.part('prompt', t.start, t.end, 'prompt', 'The shell prompt printed before a command in examples. You do not type it.');
    else if (t.kind === 'comment') c.part('comment', t.start, t.end, 'comment', 'A comment: the shell ignores everything from # to the end of the line.');
    else if (t.kind === 'newline') flush();
    else if (CONTROL[t.text]) {
      flush();
      c.part('operator', t.start, t.end, t.text, CONTROL[t.text]!);
    } else {
      // A redirection and its target belong to the command around them.
      const target = tokens[k + 1]?.kind === 'word' && !t.text.includes('&') ? tokens[++k]! : undefined;
      const end = target ? target.end : t.end;
      c.part('redirect', t.start, end, 'redirection', t.text.startsWith('<') ? 'Feeds a file to the command as its input.' : 'Sends output to a file (or to another output) instead of the terminal.');
    }
  }
  flush();

  if (tokens.every((t) => t.kind !== 'word')) {
    c.message('empty', 'note', 'Paste or type a docker or docker compose command to see what each part does.', { start: 0, end: 0 });
  } else if (docker === 0) {
    c.message('no-docker', 'note', 'No docker command here: the explainer explains commands that start with `docker` or `docker compose`.', { start: 0, end: input.length });
  }
  return c.finish();
}

/** Explains one simple command. Returns whether it was a docker command. */
function explainSegment(c: Collector, words: Token[]): boolean {
  let i = 0;
  while (i < words.length && /^[A-Za-z_]\w*=/.test(words[i]!.text)) {
    const w = words[i++]!;
    c.part('env', w.start, w.end, 'variable', `Sets ${w.text.split('=')[0]} in the environment of this one command (for the docker client, not inside a container).`);
  }
  if (words[i]?.text === 'sudo') {
    const w = words[i++]!;
    c.part('sudo', w.start, w.end, 'sudo', 'Runs the command as root. Needed only when your user is not allowed to use the Docker daemon.');
    while (words[i]?.text.startsWith('-')) {
      const o = words[i++]!;
      c.part('sudo', o.start, o.end, 'sudo option', 'An option of sudo.');
    }
  }
  const prog = words[i];
  if (!prog) return false;
  const seg: Segment = { start: words[0]!.start, end: words[words.length - 1]!.end };
  const name = prog.text.replace(/^.*\//, '');
  const ref = c.data.reference;
  const root = ref.find('docker');
  const compose = ref.find('docker compose');
  if (!root || !compose) return false;

  if (name === 'docker-compose') {
    const part = c.part('program', prog.start, prog.end, 'docker-compose', 'Compose v1, a separate program retired in 2023 (or, on Docker Desktop, an alias that runs v2).', c.href('docker compose'));
    c.message(
      'compose-v1',
      'warning',
      '`docker-compose` (with a dash) is Compose v1, which stopped receiving updates in July 2023; where it still works it may be that old program or an alias for v2. Use `docker compose` (with a space), the current Compose v2.',
      part,
      rewrite(c.input, seg, [{ start: prog.start, end: prog.end, text: 'docker compose' }]),
      part,
    );
    resolve(c, words, i + 1, compose, [root], seg);
    return true;
  }
  if (name !== 'docker') {
    c.part('other', prog.start, prog.end, prog.text, `\`${prog.text}\` is not docker; this explainer only explains docker and docker compose commands.`);
    for (const w of words.slice(i + 1)) c.part('other', w.start, w.end, `argument of ${prog.text}`, `Read by \`${prog.text}\`, not by Docker.`);
    return false;
  }
  c.part('program', prog.start, prog.end, 'docker', 'The Docker command-line client. It sends the request to the Docker daemon (the engine), which does the work.', c.href('docker'));
  resolve(c, words, i + 1, root, [], seg);
  return true;
}

/**
 * Reads the subcommand words after `group` (`docker`, or `docker compose`),
 * with the group's own options before them, then hands over to readArguments.
 */
function resolve(c: Collector, words: Token[], i: number, group: RefCommand, outer: RefCommand[], seg: Segment): void {
  const ref = c.data.reference;
  const scope: FlagScope = { cmd: group, outer };
  const doc = c.data.docs.get(group.name);
  if (doc) scope.doc = doc;
  const optionsFrom = i;
  while (i < words.length && words[i]!.text.length > 1 && words[i]!.text.startsWith('-')) i = readFlag(c, scope, words, i, seg);
  const informational = words.slice(optionsFrom, i).some((w) => /^(--version|-v|--help)$/.test(w.text));

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
      c.message(
        'missing-space',
        'error',
        `\`${w.text}\` is one word, so Docker looks for a command called \`${w.text}\` and finds none. Put a space between \`${split.head.text}\` and \`${split.tail.text}\`.`,
        w,
        rewrite(c.input, seg, [{ start: split.tail.start, end: split.tail.start, text: ' ' }]),
      );
      candidate = `${name} ${split.head.text}`;
    }
    const found = ref.find(candidate);
    const word = words[i]!;
    i++;
    name = candidate;
    if (candidate === 'docker compose') {
      c.part('subcommand', word.start, word.end, 'docker compose', c.data.docs.get(candidate)?.short ?? 'Docker Compose v2.', c.href(candidate));
      resolve(c, words, i, found!, [...outer, group], seg);
      return;
    }
    if (found?.usage) {
      commandPart(c, found, candidate, { start: words[first]!.start, end: word.end }, seg);
      const sub: FlagScope = { cmd: found, outer: [...outer, group] };
      const subDoc = c.data.docs.get(found.name);
      if (subDoc) sub.doc = subDoc;
      readArguments(c, sub, words, i, seg, { start: words[first]!.start, end: word.end });
      return;
    }
  }

  if (i > first) {
    const span = { start: words[first]!.start, end: words[i - 1]!.end };
    c.part('subcommand', span.start, span.end, name, `A group of commands: \`${name}\` needs one more word saying what to do.`);
  }
  const next = words[i];
  const options = nextWords(c, name);
  if (next) {
    const near = nearest(next.text, options);
    const part = c.part('unknown', next.start, next.end, next.text, `Not a command of \`${name}\`.`);
    c.message(
      'unknown-command',
      'error',
      `\`${name}\` has no command \`${next.text}\`.${near ? ` Did you mean \`${name} ${near}\`?` : ''}`,
      part,
      near ? rewrite(c.input, seg, [{ start: next.start, end: next.end, text: near }]) : undefined,
      part,
    );
    for (const w of words.slice(i + 1)) c.part('unknown', w.start, w.end, w.text, 'Not explained: the command before it is not known.');
  } else if (!informational) {
    const examples = options.filter((k) => /^(ls|up|ps)$/.test(k)).map((k) => `\`${name} ${k}\``);
    c.message('group-only', 'warning', `\`${name}\` on its own runs nothing: it prints the list of its commands.${examples.length ? ` For example ${examples.join(' or ')}.` : ''}`, seg);
  }
  c.commands.push({ command: name, start: seg.start, end: seg.end });
}

function commandPart(c: Collector, cmd: RefCommand, typed: string, span: Segment, seg: Segment): void {
  const doc = c.data.docs.get(cmd.name);
  const summary = doc?.short ?? (cmd.usage ? `Usage: ${cmd.usage}. This site has no page about it yet.` : 'This site has no page about it yet.');
  const alias = typed !== cmd.name ? `\`${typed}\` is short for \`${cmd.name}\`. ` : '';
  c.part('subcommand', span.start, span.end, cmd.name, `${alias}${summary}`, c.href(cmd.name));
  const entry: { command: string; slug?: string; start: number; end: number } = { command: cmd.name, start: seg.start, end: seg.end };
  if (doc) entry.slug = doc.slug;
  c.commands.push(entry);
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
