/**
 * "Explain this command": turns any pasted text into parts with character
 * spans (prompt, program, subcommand, flag, value, argument by role…) and
 * plain-language messages about mistakes. It resolves aliases (`docker ps` is
 * `docker container ls`), reads global options before the subcommand
 * (`docker -H host ps`, `docker compose -f a.yml up`), and explains every
 * docker command in a pipeline or script. It never throws, and it runs in
 * linear time, so garbage or 100 KB of input cannot freeze the page. Pure.
 *
 * This module reads the shell around the commands (operators, redirections,
 * `VAR=x` and `sudo` before the program); the words after `docker` are
 * explain-subcommand.ts's.
 */
import { tokenize, type Token } from './tokenize.ts';
import { Collector, type ExplainData, type Explanation } from './explain-model.ts';
import { Reader } from './explain-reader.ts';
import { resolve } from './explain-subcommand.ts';

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
  for (const issue of issues) {
    c.message({
      code: 'unclosed-quote',
      severity: 'warning',
      text: `${issue.message} The shell would wait for more input; everything after it is read as one word.`,
      at: issue,
    });
  }

  let words: Token[] = [];
  let docker = 0;
  const flush = () => {
    if (words.length > 0 && explainSegment(c, words)) docker++;
    words = [];
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word') words.push(t);
    else if (t.kind === 'prompt')
      c.part('prompt', t.start, t.end, 'prompt', 'The shell prompt printed before a command in examples. You do not type it.');
    else if (t.kind === 'comment')
      c.part('comment', t.start, t.end, 'comment', 'A comment: the shell ignores everything from # to the end of the line.');
    else if (t.kind === 'newline') flush();
    else if (CONTROL[t.text]) {
      flush();
      c.part('operator', t.start, t.end, t.text, CONTROL[t.text]!);
    } else {
      // A redirection and its target belong to the command around them.
      const target = tokens[k + 1]?.kind === 'word' && !t.text.includes('&') ? tokens[++k]! : undefined;
      const end = target ? target.end : t.end;
      c.part(
        'redirect',
        t.start,
        end,
        'redirection',
        t.text.startsWith('<')
          ? 'Feeds a file to the command as its input.'
          : 'Sends output to a file (or to another output) instead of the terminal.',
      );
    }
  }
  flush();

  if (tokens.every((t) => t.kind !== 'word')) {
    c.message({
      code: 'empty',
      severity: 'note',
      text: 'Paste or type a docker or docker compose command to see what each part does.',
      at: { start: 0, end: 0 },
    });
  } else if (docker === 0) {
    c.message({
      code: 'no-docker',
      severity: 'note',
      text: 'No docker command here: the explainer explains commands that start with `docker` or `docker compose`.',
      at: { start: 0, end: input.length },
    });
  }
  return c.finish();
}

/** Explains one simple command. Returns whether it was a docker command. */
function explainSegment(c: Collector, words: readonly Token[]): boolean {
  let i = 0;
  while (i < words.length && /^[A-Za-z_]\w*=/.test(words[i]!.text)) {
    const w = words[i++]!;
    c.part(
      'env',
      w.start,
      w.end,
      'variable',
      `Sets ${w.text.split('=')[0]} in the environment of this one command (for the docker client, not inside a container).`,
    );
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
  const r = new Reader(c, words, { start: words[0]!.start, end: words[words.length - 1]!.end });
  const name = prog.text.replace(/^.*\//, '');
  const ref = c.data.reference;
  const root = ref.find('docker');
  const compose = ref.find('docker compose');
  if (!root || !compose) return false;

  if (name === 'docker-compose') {
    const part = c.part(
      'program',
      prog.start,
      prog.end,
      'docker-compose',
      'Compose v1, a separate program retired in 2023 (or, on Docker Desktop, an alias that runs v2).',
      c.href('docker compose'),
    );
    c.message({
      code: 'compose-v1',
      severity: 'note',
      text: '`docker-compose` (with a dash) is Compose v1, which stopped receiving updates in July 2023; where it still works it may be that old program or an alias for v2. Use `docker compose` (with a space), the current Compose v2.',
      at: part,
      part,
      suggestion: r.rewrite([{ start: prog.start, end: prog.end, text: 'docker compose' }]),
    });
    r.path = 'docker compose';
    resolve(r, i + 1, compose, [root]);
    return true;
  }
  if (name !== 'docker') {
    c.part(
      'other',
      prog.start,
      prog.end,
      prog.text,
      `\`${prog.text}\` is not docker; this explainer only explains docker and docker compose commands.`,
    );
    for (const w of words.slice(i + 1))
      c.part('other', w.start, w.end, `argument of ${prog.text}`, `Read by \`${prog.text}\`, not by Docker.`);
    return false;
  }
  c.part(
    'program',
    prog.start,
    prog.end,
    'docker',
    'The Docker command-line client. It sends the request to the Docker daemon (the engine), which does the work.',
    c.href('docker'),
  );
  resolve(r, i + 1, root, []);
  return true;
}
