/**
 * Reads what follows a recognised command, the way Docker's parser does:
 * options and positional arguments mixed, except where the command stops
 * reading options at its first positional argument (`interspersed: false`:
 * run, create, exec, commit, top, image tag, service create, compose exec and
 * run), after which every word belongs to the container's program. `--` ends
 * the options. Each positional is named by its role for this command, and the
 * count is checked as Docker checks it. Pure.
 */
import type { Token } from './tokenize.ts';
import { parseUsage, type UsageArg } from './usage.ts';
import type { Part } from './explain-model.ts';
import { isKnownFlag, readFlag } from './explain-flags.ts';
import type { FlagScope, Reader, Segment } from './explain-reader.ts';
import { looksLikeContainer, looksLikeEnvVar, looksLikeImage } from './explain-text.ts';
import { argumentDetail, programArgument, roleHelp } from './explain-roles.ts';
import { argumentBounds, argumentCount, enforcedBounds } from './docker-errors.ts';

// Options a learner plausibly meant for Docker when they come after the image or
// container: these are the mistake. Anything else there (`postgres -c …`,
// `node -v`) is an argument of the image's program, as Docker reads it.
const MEANT_FOR_DOCKER = new Set(
  [
    'publish',
    'publish-all',
    'env',
    'env-file',
    'detach',
    'rm',
    'interactive',
    'tty',
    'name',
    'volume',
    'mount',
    'network',
    'restart',
    'privileged',
    'user',
    'workdir',
  ].map((n) => `--${n}`),
);

// `-v` alone is also how many programs print their version (`node -v`): a mistake only with a mount after it.
function meantForDocker(scope: FlagScope, word: string, next?: string): boolean {
  if (!word.startsWith('-') || word.length < 2) return false;
  if (word.startsWith('--')) return MEANT_FOR_DOCKER.has(word.split('=')[0]!) && isKnownFlag(scope, word);
  const letters = word.slice(1).split('=')[0]!;
  // `-p` and `-e`, and combined switches such as `-it`, `-d`; not `-c`, `-v` alone on an image that reads it.
  return [...letters].every((ch) => {
    const f = scope.cmd.byShort.get(`-${ch}`);
    return !!f && MEANT_FOR_DOCKER.has(f.long) && !(ch === 'v' && letters.length === 1 && !/:/.test(next ?? word));
  });
}

/** How many words the misplaced option at `i` spans: its value comes along when it takes one. */
function optionWords(scope: FlagScope, words: readonly Token[], i: number): number {
  const t = words[i]!.text;
  if (t.includes('=') || !words[i + 1]) return 1;
  const probe = t.startsWith('--') ? scope.cmd.byLong.get(t) : scope.cmd.byShort.get(`-${t[t.length - 1]}`);
  return probe?.takesValue && (t.startsWith('--') || t.length >= 2) ? 2 : 1;
}

function positionalPart(r: Reader, scope: FlagScope, role: UsageArg | undefined, w: Token): Part {
  const name = role?.name ?? 'ARG';
  const { label, detail } = argumentDetail(scope.cmd.name, name, w.text);
  return r.c.part('argument', w.start, w.end, label, detail);
}

/**
 * Reads options and positional arguments of `scope.cmd` from `r.words[i]` to
 * the end. `name` is the span of the command name, where problems about the
 * number of arguments point.
 */
export function readArguments(r: Reader, scope: FlagScope, i: number, name: Segment): void {
  const cmd = scope.cmd;
  const usage = scope.doc?.usage ? parseUsage(scope.doc.usage, scope.doc.command) : cmd.args;
  const positionals: Token[] = [];
  let optionsEnd = false;
  const words = r.words;
  while (i < words.length) {
    const w = words[i]!;
    if (!optionsEnd && w.text === '--') {
      r.c.part('end-of-options', w.start, w.end, '--', 'Ends the options: every later word is an argument, even if it starts with a dash.');
      optionsEnd = true;
      i++;
    } else if (!optionsEnd && w.text.length > 1 && w.text.startsWith('-')) {
      i = readFlag(r, scope, i);
    } else {
      positionals.push(w);
      if (!cmd.interspersed) optionsEnd = true;
      i++;
      if (optionsEnd && !cmd.interspersed) {
        while (i < words.length) positionals.push(words[i++]!);
      }
    }
  }
  placePositionals(r, scope, usage, positionals, name);
}

function placePositionals(r: Reader, scope: FlagScope, usage: readonly UsageArg[], words: readonly Token[], name: Segment): void {
  const cmd = scope.cmd;
  const bounds = enforcedBounds(cmd.name, argumentBounds(usage));
  const docker = r.help ? undefined : argumentCount(r.path, cmd.name, bounds, words.length);
  const restAt = usage.findIndex((a) => a.rest);
  // Optional roles are filled left to right; with fewer words than roles, a
  // required role after an optional one still gets its word (`commit C`).
  const spare = words.length - bounds.min;
  let ai = 0;
  let skipped = 0;
  let prev: { word: Token; role: UsageArg } | undefined;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    while (usage[ai]?.optional && !usage[ai]!.rest && !usage[ai]!.repeat && skipped >= spare) ai++;
    const role = usage[ai];
    if (restAt >= 0 && ai >= restAt) {
      programWords(r, scope, words.slice(k), prev, usage[restAt]!);
      return;
    }
    if (!role) {
      const part = r.c.part('argument', w.start, w.end, 'extra argument', `\`${cmd.name}\` takes no more arguments.`);
      r.c.message({
        code: 'extra-argument',
        severity: 'error',
        text: `\`${w.text}\` is one argument too many: \`${cmd.name}\` does not take it, so Docker refuses the command.`,
        at: part,
        part,
        docker: docker && r.refuse(docker),
      });
      continue;
    }
    const part = positionalPart(r, scope, role, w);
    checkArgument(r, cmd.name, role, w, part);
    prev = { word: w, role };
    if (role.optional) skipped++;
    if (!role.repeat) ai++;
  }
  if (docker && words.length < bounds.min) {
    const missing = usage
      .filter((a) => !a.optional)
      .slice(words.length)
      .map((a) => a.name);
    const first = missing[0] ?? 'an argument';
    r.c.message({
      code: 'missing-argument',
      severity: 'error',
      text: `\`${cmd.name}\` needs ${missing.join(' and ') || 'more arguments'}, but the command ends before ${missing.length > 1 ? 'them' : 'it'}. ${first}: ${roleHelp(cmd.name, first)}`,
      at: name,
      docker: r.refuse(docker),
    });
  }
}

// The container's program and its arguments: what Docker hands over untouched.
function programWords(
  r: Reader,
  scope: FlagScope,
  words: readonly Token[],
  prev: { word: Token; role: UsageArg } | undefined,
  role: UsageArg,
): void {
  const [first, ...rest] = words;
  if (!first) return;
  const { label, detail } = argumentDetail(scope.cmd.name, role.name, first.text);
  const dash = first.text.startsWith('-') && first.text.length > 1;
  const text = dash
    ? `\`${first.text}\` starts with a dash, but after the ${prev?.role.name.toLowerCase() ?? 'first argument'} Docker no longer reads options: it goes to the image's program (as an argument of its ENTRYPOINT, such as \`postgres -c …\`, or as the command itself).`
    : detail;
  const part = r.c.part('argument', first.start, first.end, label, text);
  for (const w of rest) r.c.part('argument', w.start, w.end, 'ARG', programArgument(scope.cmd.name, first.text));
  if (prev) checkCommandWord(r, scope, words, part, prev);
}

// The first word after IMAGE or CONTAINER becomes the program run in the container.
function checkCommandWord(r: Reader, scope: FlagScope, words: readonly Token[], part: Part, prev: { word: Token; role: UsageArg }): void {
  const w = words[0]!;
  const what = prev.role.name.toLowerCase().replace(/\[.*$/, '');
  if (meantForDocker(scope, w.text, words[1]?.text)) {
    const last = words[optionWords(scope, words, 0) - 1]!;
    const moved = r.c.input.slice(w.start, last.end);
    r.c.message({
      code: 'option-after-positional',
      severity: 'error',
      text: `\`${w.text}\` comes after the ${what} \`${prev.word.text}\`, so Docker does not read it as an option: it becomes the command to run inside the container, which is almost never what was meant. Options go before the ${what}.`,
      at: part,
      part,
      suggestion: r.rewrite([
        { start: prev.word.start, end: prev.word.start, text: `${moved} ` },
        { start: prev.word.end, end: last.end, text: r.c.input.slice(prev.word.end, w.start).replace(/\s+$/, '') },
      ]),
    });
    return;
  }
  if (prev.role.name === 'IMAGE' && looksLikeEnvVar(w.text)) {
    const name = w.text.split('=')[0]!;
    r.c.message({
      code: 'command-looks-like-env',
      severity: 'warning',
      text: `\`${w.text}\` comes after the image, so Docker runs it as the container's command instead of the image's CMD, and the container fails to start. To set an environment variable, put \`-e ${name}=value\` before the image (or \`-e ${name}\` to copy the value from your shell). Did you mean \`-e\`?`,
      at: part,
      part,
      suggestion: r.rewrite([
        { start: prev.word.start, end: prev.word.start, text: `-e ${w.text.includes('=') ? r.c.input.slice(w.start, w.end) : name} ` },
        { start: prev.word.end, end: w.end, text: '' },
      ]),
    });
  }
}

function checkArgument(r: Reader, command: string, role: UsageArg, w: Token, part: Part): void {
  if (command === 'docker image push' && /^[a-z0-9][\w.-]*(:[\w.-]+)?$/.test(w.text)) {
    r.c.message({
      code: 'push-without-namespace',
      severity: 'warning',
      text: `\`${w.text}\` has no account or registry in front, so Docker pushes it to docker.io/library/${w.text.split(':')[0]}, the home of official images, and the registry refuses it. Tag it under your account first: \`docker tag ${w.text} yourname/${w.text}\`, then push \`yourname/${w.text}\`.`,
      at: part,
      part,
    });
  }
  if (command === 'docker image rm' && looksLikeContainer(w.text)) {
    r.c.message({
      code: 'rmi-container',
      severity: 'warning',
      text: `\`docker rmi\` removes images, and \`${w.text}\` looks like a container. To remove a container use \`docker rm\`; an image still used by a container cannot be removed until that container is gone.`,
      at: part,
      part,
    });
  }
  if (command === 'docker container rm' && role.name === 'CONTAINER' && looksLikeImage(w.text)) {
    const typed = r.rewrite([]);
    const fixed = typed.replace(/^docker (container )?rm\b/, 'docker rmi');
    r.c.message({
      code: 'rm-image',
      severity: 'warning',
      text: `\`docker rm\` removes containers, and \`${w.text}\` looks like an image (container names cannot contain \`:\` or \`/\`). To remove an image use \`docker rmi\`.`,
      at: part,
      part,
      suggestion: fixed !== typed ? fixed : undefined,
    });
  }
}
