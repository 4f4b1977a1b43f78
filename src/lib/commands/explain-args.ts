/**
 * Reads what follows a recognised command: its options and its positional
 * arguments, each named by the role the usage line gives it (IMAGE, CONTAINER,
 * COMMAND…). Catches the mistakes learners make with argument order. Pure.
 */
import type { Token } from './tokenize.ts';
import { parseUsage, type UsageArg } from './usage.ts';
import type { Collector, Part } from './explain-model.ts';
import { isKnownFlag, readFlag, rewrite, type FlagScope, type Segment } from './explain-flags.ts';
import { looksLikeContainer, looksLikeEnvVar, looksLikeImage, roleHelp } from './explain-text.ts';

// In `docker cp` the usage line names only one direction; the word itself
// tells which side is the container (`web:/app`) and which is a local path.
function cpRole(command: string, word: string): string | undefined {
  if (!command.endsWith(' cp')) return undefined;
  if (word === '-') return 'standard input/output';
  const inside = /^[^/.~][^:/]*:/.test(word);
  return inside ? (command.includes('compose') ? 'SERVICE:PATH' : 'CONTAINER:PATH') : 'PATH';
}

function argumentPart(c: Collector, scope: FlagScope, role: UsageArg | undefined, w: Token): Part {
  const cp = cpRole(scope.cmd.name, w.text);
  if (cp) {
    const detail = cp === 'PATH' ? 'A path on your machine.' : cp.includes(':') ? `A path inside a ${cp.startsWith('SERVICE') ? "service's container" : 'container'}, written ${cp}.` : 'Use `-` to stream a tar archive.';
    return c.part('argument', w.start, w.end, cp, detail);
  }
  const name = role?.name ?? 'ARG';
  return c.part('argument', w.start, w.end, name, roleHelp(scope.cmd.name, name));
}

/** Words `words[i..]` of the flag at `i` and its separate value, if it takes one. */
function flagWords(scope: FlagScope, words: Token[], i: number): number {
  const t = words[i]!.text;
  if (t.includes('=') || !words[i + 1]) return 1;
  const probe = t.startsWith('--') ? scope.cmd.byLong.get(t) : t.length === 2 ? scope.cmd.byShort.get(t) : undefined;
  return probe?.takesValue ? 2 : 1;
}

/**
 * Reads options and positional arguments of `scope.cmd` from `words[i]` to the
 * end of the segment. `usage` overrides the facts' usage line when our doc has
 * a corrected one. `name` is the span of the command name, where problems about
 * missing arguments point.
 */
export function readArguments(c: Collector, scope: FlagScope, words: Token[], i: number, seg: Segment, name: Segment): void {
  const cmd = scope.cmd;
  const usage = scope.doc?.usage ? parseUsage(scope.doc.usage, cmd.name) : cmd.args;
  const filled = new Set<number>();
  let ai = 0;
  let endOfOptions = false;
  let inside = false; // past COMMAND: words belong to the program in the container
  let prev: { word: Token; role: UsageArg } | undefined;

  while (i < words.length) {
    const w = words[i]!;
    const role = usage[ai];
    if (inside) {
      argumentPart(c, scope, role, w);
      i++;
      continue;
    }
    if (!endOfOptions && w.text === '--') {
      c.part('end-of-options', w.start, w.end, '--', 'Ends the options: every later word is an argument, even if it starts with a dash.');
      endOfOptions = true;
      i++;
      continue;
    }
    const atCommand = role?.rest === true && ai > 0;
    if (!endOfOptions && !atCommand && w.text.length > 1 && w.text.startsWith('-')) {
      i = readFlag(c, scope, words, i, seg);
      continue;
    }
    if (!role) {
      const part = c.part('argument', w.start, w.end, 'extra argument', `\`${cmd.name}\` expects no more arguments here.`);
      c.message('extra-argument', 'warning', `\`${w.text}\` is one argument too many: \`${cmd.name}\` does not take it, so Docker will refuse the command.`, part, undefined, part);
      i++;
      continue;
    }
    const part = argumentPart(c, scope, role, w);
    filled.add(ai);
    if (role.rest) {
      inside = true;
      if (!endOfOptions) checkCommandWord(c, scope, words, i, part, prev, seg);
      ai++;
    } else {
      checkArgument(c, cmd.name, role, w, part, seg);
      prev = { word: w, role };
      if (!role.repeat) ai++;
    }
    i++;
  }

  const missing = usage.filter((a, k) => !a.optional && !filled.has(k)).map((a) => a.name);
  if (missing.length > 0) {
    const what = missing.join(' and ');
    c.message('missing-argument', 'error', `\`${cmd.name}\` needs ${what}, but the command ends before ${missing.length > 1 ? 'them' : 'it'}. ${missing[0]}: ${roleHelp(cmd.name, missing[0]!)}`, name);
  }
}

// The first word after IMAGE or CONTAINER becomes the program run in the container.
function checkCommandWord(c: Collector, scope: FlagScope, words: Token[], i: number, part: Part, prev: { word: Token; role: UsageArg } | undefined, seg: Segment): void {
  const w = words[i]!;
  if (!prev) return;
  const after = `${prev.role.name.toLowerCase()} \`${prev.word.text}\``;
  if (w.text.length > 1 && w.text.startsWith('-') && isKnownFlag(scope.cmd, w.text)) {
    const n = flagWords(scope, words, i);
    const last = words[i + n - 1]!;
    const moved = c.input.slice(w.start, last.end);
    c.message(
      'option-after-positional',
      'error',
      `\`${w.text}\` comes after the ${after}, so Docker does not read it as an option: it becomes the command to run inside the container, and that fails. Options go before the ${prev.role.name.toLowerCase()}.`,
      part,
      rewrite(c.input, seg, [
        { start: prev.word.start, end: prev.word.start, text: `${moved} ` },
        { start: prev.word.end, end: last.end, text: c.input.slice(prev.word.end, w.start).replace(/\s+$/, '') },
      ]),
      part,
    );
    return;
  }
  if (prev.role.name === 'IMAGE' && looksLikeEnvVar(w.text)) {
    const name = w.text.split('=')[0]!;
    c.message(
      'command-looks-like-env',
      'warning',
      `\`${w.text}\` comes after the image, so Docker runs it as the container's command instead of the image's CMD, and the container fails to start. To set an environment variable, put \`-e ${name}=value\` before the image (or \`-e ${name}\` to copy the value from your shell). Did you mean \`-e\`?`,
      part,
      rewrite(c.input, seg, [
        { start: prev.word.start, end: prev.word.start, text: `-e ${w.text.includes('=') ? c.input.slice(w.start, w.end) : name} ` },
        { start: prev.word.end, end: w.end, text: '' },
      ]),
      part,
    );
  }
}

function checkArgument(c: Collector, command: string, role: UsageArg, w: Token, part: Part, seg: Segment): void {
  if (command === 'docker image push' && /^[a-z0-9][\w.-]*(:[\w.-]+)?$/.test(w.text)) {
    c.message(
      'push-without-namespace',
      'warning',
      `\`${w.text}\` has no account or registry in front, so Docker pushes it to docker.io/library/${w.text.split(':')[0]}, the home of official images, and the registry refuses it. Tag it under your account first: \`docker tag ${w.text} yourname/${w.text}\`, then push \`yourname/${w.text}\`.`,
      part,
      undefined,
      part,
    );
  }
  if (command === 'docker image rm' && looksLikeContainer(w.text)) {
    c.message(
      'rmi-container',
      'warning',
      `\`docker rmi\` removes images, and \`${w.text}\` looks like a container. To remove a container use \`docker rm\`; an image still used by a container cannot be removed until that container is gone.`,
      part,
      undefined,
      part,
    );
  }
  if (command === 'docker container rm' && role.name === 'CONTAINER' && looksLikeImage(w.text)) {
    const typed = rewrite(c.input, seg, []);
    const fixed = typed.replace(/^docker (container )?rm\b/, 'docker rmi');
    c.message(
      'rm-image',
      'warning',
      `\`docker rm\` removes containers, and \`${w.text}\` looks like an image (container names cannot contain \`:\` or \`/\`). To remove an image use \`docker rmi\`.`,
      part,
      fixed !== typed ? fixed : undefined,
      part,
    );
  }
}
