/**
 * Reads flags the way Docker's flag parser (pflag) does: `--name value`,
 * `--name=value`, combined shorthands `-itd`, a value glued to a shorthand
 * (`-p8080:80`), and bool flags that never take the next word. Problems become
 * messages, never exceptions. Pure.
 */
import type { Token } from './tokenize.ts';
import type { RefCommand, RefFlag } from './reference.ts';
import type { Collector, CommandDoc, Part } from './explain-model.ts';
import { flagFacts, nearest, valueHelp } from './explain-text.ts';

/** Where flags are being read: a command, our doc of it, and the commands around it. */
export interface FlagScope {
  cmd: RefCommand;
  doc?: CommandDoc;
  /** Enclosing commands (`docker`, `docker compose`) whose own options are misplaced here. */
  outer: RefCommand[];
}

/** A span of the input plus the text of the command it belongs to, for suggestions. */
export interface Segment {
  start: number;
  end: number;
}

interface Found {
  flag: RefFlag;
  detail?: string;
}

type Extra = RefFlag & { detail: string };
const bool = (long: string, short: string | undefined, detail: string): Extra => ({
  long,
  ...(short ? { short } : {}),
  type: 'bool',
  takesValue: false,
  detail,
});

const valued = (long: string, short: string | undefined, type: string, detail: string): Extra => ({
  ...bool(long, short, detail),
  type,
  takesValue: true,
});

// `docker build` runs BuildKit through buildx by default since Docker Engine
// 23, which adds options the classic builder's table (docker-cli.json) lacks.
const BUILDKIT = 'Needs BuildKit, which `docker build` uses by default since Docker Engine 23 (through buildx).';

// Flags Docker accepts that its reference tables leave out: hidden flags kept
// for compatibility, the version flags of the two root commands, and BuildKit's.
const EXTRA_FLAGS: Record<string, Extra[]> = {
  'docker image build': [
    valued('--secret', undefined, 'stringArray', `Makes a secret (id=…,src=file or env=VAR) available to \`RUN --mount=type=secret\` steps without storing it in any layer. ${BUILDKIT}`),
    valued('--ssh', undefined, 'stringArray', `Forwards your SSH agent or keys to \`RUN --mount=type=ssh\` steps, for example to clone private repositories. ${BUILDKIT}`),
    valued('--output', '-o', 'stringArray', `Where to put the result, for example \`type=local,dest=out\` to export files instead of an image. ${BUILDKIT}`),
    valued('--progress', undefined, 'string', `How build progress is printed: auto, plain (every line of every step) or tty. ${BUILDKIT}`),
    valued('--builder', undefined, 'string', `Which buildx builder instance to use. ${BUILDKIT}`),
    valued('--cache-to', undefined, 'stringSlice', `Where to export the build cache, for reuse by later builds. ${BUILDKIT}`),
    valued('--build-context', undefined, 'stringArray', `Adds another named build context (name=path or image). ${BUILDKIT}`),
    bool('--load', undefined, `Loads the built image into the local image store (what a plain build does by default). ${BUILDKIT}`),
    bool('--push', undefined, `Pushes the built image to its registry right after the build. ${BUILDKIT}`),
  ],
  docker: [bool('--version', '-v', 'Prints the version of the docker client and exits (`docker version` tells more).')],
  'docker compose': [bool('--version', '-v', 'Prints the Compose version and exits, like `docker compose version`.')],
  'docker compose exec': [
    bool('--interactive', '-i', 'Accepted so that commands written for `docker exec` work; `docker compose exec` keeps standard input open anyway.'),
    bool('--tty', '-t', 'Accepted so that commands written for `docker exec` work; `docker compose exec` allocates a terminal anyway (`-T` turns it off).'),
  ],
};
const HELP = bool('--help', undefined, "Prints this command's help instead of running it.");

function lookupLong(cmd: RefCommand, name: string): Found | undefined {
  const flag = cmd.byLong.get(name);
  if (flag) return { flag };
  const extra = (EXTRA_FLAGS[cmd.name] ?? []).find((f) => f.long === name) ?? (name === '--help' ? HELP : undefined);
  return extra && { flag: extra, detail: extra.detail };
}

function lookupShort(cmd: RefCommand, name: string): Found | undefined {
  const flag = cmd.byShort.get(name);
  if (flag) return { flag };
  const extra = (EXTRA_FLAGS[cmd.name] ?? []).find((f) => f.short === name);
  return extra && { flag: extra, detail: extra.detail };
}

/** Input offset of character `j` of a word's value (its start or end at the edges). */
export function at(w: Token, j: number): number {
  if (j <= 0) return w.start;
  if (j >= w.text.length) return w.end;
  return w.offsets[j]!;
}

/** The segment's text with some spans replaced: a corrected command to suggest. */
export function rewrite(input: string, seg: Segment, edits: { start: number; end: number; text: string }[]): string {
  let out = '';
  let pos = seg.start;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += input.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return (out + input.slice(pos, seg.end)).trim();
}

/** Whether `word` would be read as a known option of `cmd` (used to spot misplaced options). */
export function isKnownFlag(cmd: RefCommand, word: string): boolean {
  if (word.startsWith('--')) return !!lookupLong(cmd, word.split('=')[0]!);
  if (!word.startsWith('-') || word.length < 2) return false;
  return !!lookupShort(cmd, `-${word[1]}`) || !!lookupLong(cmd, `-${word.split('=')[0]}`);
}

function flagPart(c: Collector, scope: FlagScope, found: Found, start: number, end: number): Part {
  const { flag } = found;
  const label = flag.short ? `${flag.long} (${flag.short})` : flag.long;
  const ours = scope.doc?.flags[flag.long] ?? found.detail;
  // Only a flag we have not described yet links on, to the page that lists all of them.
  return c.part('flag', start, end, label, ours ?? flagFacts(flag), ours ? undefined : c.href(scope.cmd.name));
}

function valuePart(c: Collector, flag: RefFlag, start: number, end: number, value: string): void {
  c.part('value', start, end, `value of ${flag.long}`, valueHelp(flag.long, value));
}

function takeNext(c: Collector, scope: FlagScope, found: Found, part: Part, words: Token[], i: number): number {
  const next = words[i + 1];
  const shown = part.text;
  if (!next) {
    const full = shown === found.flag.long ? '' : ` (\`${found.flag.long}\`)`;
    c.message('missing-value', 'error', `\`${shown}\`${full} needs a value right after it, but the command ends there.`, part, undefined, part);
    return i + 1;
  }
  if (next.text.length > 1 && next.text.startsWith('-') && isKnownFlag(scope.cmd, next.text)) {
    c.message(
      'value-looks-like-flag',
      'warning',
      `\`${shown}\` takes a value, so Docker uses the next word, \`${next.text}\`, as that value and not as an option. Did you forget the value?`,
      { start: part.start, end: next.end },
      undefined,
      part,
    );
  }
  valuePart(c, found.flag, next.start, next.end, next.text);
  return i + 2;
}

function unknownFlag(c: Collector, scope: FlagScope, name: string, start: number, end: number, seg: Segment): void {
  for (const outer of scope.outer) {
    const f = name.startsWith('--') ? outer.byLong.get(name) : outer.byShort.get(name);
    if (!f) continue;
    const part = c.part('flag', start, end, f.short ? `${f.long} (${f.short})` : f.long, `An option of \`${outer.name}\` itself.`, c.href(outer.name));
    c.message(
      'global-flag-misplaced',
      'error',
      `\`${name}\` is an option of \`${outer.name}\` itself, not of \`${scope.cmd.name}\`: write it right after \`${outer.name}\`, before the subcommand.`,
      part,
      undefined,
      part,
    );
    return;
  }
  const longs = [...scope.cmd.byLong.keys(), ...(EXTRA_FLAGS[scope.cmd.name] ?? []).map((f) => f.long)];
  const near = name.startsWith('--') ? nearest(name.slice(2), longs.map((l) => l.slice(2))) : undefined;
  const part = c.part('unknown', start, end, name, `Not an option of \`${scope.cmd.name}\`.`, c.href(scope.cmd.name));
  c.message(
    'unknown-flag',
    'error',
    `\`${scope.cmd.name}\` has no option \`${name}\`.${near ? ` Did you mean \`--${near}\`?` : ''}`,
    part,
    near ? rewrite(c.input, seg, [{ start, end, text: `--${near}` }]) : undefined,
    part,
  );
}

/**
 * Reads the flag word at `words[i]` (it starts with `-`) for `scope.cmd`,
 * adding its parts and any problems. Returns the index of the next unread word.
 */
export function readFlag(c: Collector, scope: FlagScope, words: Token[], i: number, seg: Segment): number {
  const w = words[i]!;
  const t = w.text;
  if (t.startsWith('--')) {
    const eq = t.indexOf('=');
    const name = eq < 0 ? t : t.slice(0, eq);
    const found = lookupLong(scope.cmd, name);
    if (!found) {
      unknownFlag(c, scope, name, w.start, eq < 0 ? w.end : at(w, eq), seg);
      if (eq >= 0) c.part('unknown', at(w, eq + 1), w.end, 'value', 'The value of an option Docker does not know.');
      return i + 1;
    }
    const part = flagPart(c, scope, found, w.start, eq < 0 ? w.end : at(w, eq));
    return afterName(c, scope, found, part, words, i, eq);
  }

  // `-rm`, `-name`: a long option typed with one dash reads as shorthands.
  const body = t.slice(1).split('=')[0]!;
  const asLong = body.length > 1 ? lookupLong(scope.cmd, `--${body}`) : undefined;
  if (asLong && ![...body].every((ch) => lookupShort(scope.cmd, `-${ch}`))) {
    const eq = t.indexOf('=');
    const part = flagPart(c, scope, asLong, w.start, eq < 0 ? w.end : at(w, eq));
    c.message(
      'single-dash-long',
      'error',
      `\`${t.split('=')[0]}\` has one dash, so Docker reads it as single-letter options (\`-${body[0]}\`…) and fails. Long options take two dashes: \`--${body}\`.`,
      part,
      rewrite(c.input, seg, [{ start: w.start, end: w.start, text: '-' }]),
      part,
    );
    return afterName(c, scope, asLong, part, words, i, eq);
  }

  for (let j = 1; j < t.length; j++) {
    const short = `-${t[j]}`;
    const found = lookupShort(scope.cmd, short);
    const start = j === 1 ? w.start : at(w, j);
    const end = at(w, j + 1);
    if (!found) {
      unknownFlag(c, scope, short, start, end, seg);
      continue;
    }
    const part = flagPart(c, scope, found, start, end);
    if (!found.flag.takesValue) continue;
    if (j + 1 < t.length) {
      const from = t[j + 1] === '=' ? j + 2 : j + 1;
      valuePart(c, found.flag, at(w, from), w.end, t.slice(from));
      return i + 1;
    }
    return takeNext(c, scope, found, part, words, i);
  }
  return i + 1;
}

// After a flag's name: its `=value`, or the next word when it takes one.
function afterName(c: Collector, scope: FlagScope, found: Found, part: Part, words: Token[], i: number, eq: number): number {
  const w = words[i]!;
  if (eq >= 0) {
    const value = w.text.slice(eq + 1);
    valuePart(c, found.flag, at(w, eq + 1), w.end, value);
    if (!found.flag.takesValue && !/^(true|false|1|0|t|f)$/i.test(value)) {
      c.message('bool-value', 'error', `\`${found.flag.long}\` is a switch: it accepts only =true or =false, not \`${value}\`.`, { start: w.start, end: w.end }, undefined, part);
    }
    return i + 1;
  }
  if (found.flag.takesValue) return takeNext(c, scope, found, part, words, i);
  return i + 1;
}
