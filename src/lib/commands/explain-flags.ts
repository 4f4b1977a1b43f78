/**
 * Reads flags the way Docker's flag parser (pflag) does: `--name value`,
 * `--name=value`, combined shorthands `-itd`, a value glued to a shorthand
 * (`-p8080:80`), bool flags that never take the next word, and a value-taking
 * flag that takes the next word whatever it looks like. Hidden aliases read as
 * the flag they alias, deprecated flags say so. Problems become messages with
 * Docker's own wording, never exceptions. Pure.
 */
import type { RefFlag } from './reference.ts';
import type { Part } from './explain-model.ts';
import { at, type FlagScope, type Reader } from './explain-reader.ts';
import { flagFacts, nearest, valueHelp } from './explain-text.ts';
import { invalidBool, needsArgument, unknownLong, unknownShort } from './docker-errors.ts';

const HELP: RefFlag = { long: '--help', short: '-h', type: 'bool', takesValue: false };
const HELP_TEXT = "Prints this command's help (its usage and every option) instead of running it.";

// Compose passes its project options down to every subcommand, except these.
const NOT_INHERITED = new Set(['--version', '--help']);

function lookupLong(scope: FlagScope, name: string): RefFlag | undefined {
  const own = scope.cmd.byLong.get(name);
  if (own) return own;
  const up = NOT_INHERITED.has(name) ? undefined : scope.inherited?.byLong.get(name);
  return up ?? (name === '--help' ? HELP : undefined);
}

function lookupShort(scope: FlagScope, name: string): RefFlag | undefined {
  const own = scope.cmd.byShort.get(name);
  if (own) return own;
  const up = scope.inherited?.byShort.get(name);
  if (up && !NOT_INHERITED.has(up.long)) return up;
  return name === '-h' ? HELP : undefined;
}

/** Whether `word` would be read as a known option of the scope's command. */
export function isKnownFlag(scope: FlagScope, word: string): boolean {
  if (word.startsWith('--')) return !!lookupLong(scope, word.split('=')[0]!);
  if (!word.startsWith('-') || word.length < 2) return false;
  return !!lookupShort(scope, `-${word[1]}`);
}

/** Link to the flag's row on our command page, or to the page when it does not describe the flag. */
function flagHref(r: Reader, scope: FlagScope, long: string, described: boolean): string | undefined {
  const page = r.c.href(scope.cmd.name);
  if (!page) return undefined;
  return described ? `${page}#option-${long.slice(2)}` : page;
}

function flagPart(r: Reader, scope: FlagScope, flag: RefFlag, start: number, end: number): Part {
  if (flag.long === '--help') return r.c.part('flag', start, end, flag.short ? '--help (-h)' : '--help', HELP_TEXT);
  const target = flag.aliasOf ? (scope.cmd.byLong.get(flag.aliasOf) ?? flag) : flag;
  const label = target.short ? `${target.long} (${target.short})` : target.long;
  const ours = scope.doc?.flags[target.long];
  let detail = ours ?? flagFacts(target);
  if (target !== flag)
    detail = `\`${flag.long}\` is an older spelling of \`${target.long}\`, kept working but hidden from the help. ${detail}`;
  else if (flag.hidden && !flag.deprecated) detail = `${detail} (Docker hides this option from its help.)`;
  return r.c.part('flag', start, end, target === flag ? label : `${flag.long} = ${label}`, detail, flagHref(r, scope, target.long, !!ours));
}

function deprecation(r: Reader, flag: RefFlag, part: Part): void {
  if (!flag.deprecated) return;
  const why = typeof flag.deprecated === 'string' ? ` Docker says: "${flag.deprecated}".` : '';
  const instead = flag.aliasOf ? ` Use \`${flag.aliasOf}\` instead.` : '';
  r.c.message({
    code: 'deprecated-flag',
    severity: 'note',
    text: `\`${flag.long}\` is deprecated: it still parses, but may do nothing or go away.${why}${instead}`,
    at: part,
  });
}

function valuePart(r: Reader, flag: RefFlag, start: number, end: number, value: string): void {
  const long = flag.aliasOf ?? flag.long;
  r.c.part('value', start, end, `value of ${long}`, valueHelp(long, value));
}

// A value-taking flag with nothing after it; `word` is what was typed, `letter` its shorthand letter.
function missingValue(r: Reader, flag: RefFlag, part: Part, word: string, letter?: string): void {
  const full = part.text === flag.long ? '' : ` (\`${flag.long}\`)`;
  r.c.message({
    code: 'missing-value',
    severity: 'error',
    text: `\`${part.text}\`${full} needs a value right after it, but the command ends there.`,
    at: part,
    part,
    docker: r.refuse(needsArgument(word, letter)),
  });
}

function takeNext(r: Reader, scope: FlagScope, flag: RefFlag, part: Part, i: number, letter?: string): number {
  const next = r.words[i + 1];
  if (!next) {
    missingValue(r, flag, part, r.words[i]!.text, letter);
    return i + 1;
  }
  if (next.text.length > 1 && next.text.startsWith('-') && isKnownFlag(scope, next.text)) {
    r.c.message({
      code: 'value-looks-like-flag',
      severity: 'warning',
      text: `\`${part.text}\` takes a value, so Docker uses the next word, \`${next.text}\`, as that value and not as an option. Did you forget the value?`,
      at: { start: part.start, end: next.end },
      part,
    });
  }
  valuePart(r, flag, next.start, next.end, next.text);
  return i + 2;
}

function unknownFlag(r: Reader, scope: FlagScope, name: string, span: { start: number; end: number }, docker: string): void {
  const { c } = r;
  for (const outer of scope.outer) {
    const f = name.startsWith('--') ? outer.byLong.get(name) : outer.byShort.get(name);
    if (!f) continue;
    const part = c.part(
      'flag',
      span.start,
      span.end,
      f.short ? `${f.long} (${f.short})` : f.long,
      `An option of \`${outer.name}\` itself.`,
      c.href(outer.name),
    );
    c.message({
      code: 'global-flag-misplaced',
      severity: 'error',
      text: `\`${name}\` is an option of \`${outer.name}\` itself, not of \`${scope.cmd.name}\`: write it right after \`${outer.name}\`, before the subcommand.`,
      at: part,
      part,
      docker,
    });
    return;
  }
  const longs = [...scope.cmd.byLong.values()].filter((f) => !f.hidden).map((f) => f.long.slice(2));
  const near = name.startsWith('--') ? nearest(name.slice(2), longs) : undefined;
  const part = c.part('unknown', span.start, span.end, name, `Not an option of \`${scope.cmd.name}\`.`, c.href(scope.cmd.name));
  c.message({
    code: 'unknown-flag',
    severity: 'error',
    text: `\`${scope.cmd.name}\` has no option \`${name}\`.${near ? ` Did you mean \`--${near}\`?` : ''}`,
    at: part,
    part,
    suggestion: near ? r.rewrite([{ start: span.start, end: span.end, text: `--${near}` }]) : undefined,
    docker,
  });
}

// After a flag's name: its `=value`, or the next word when it takes one.
function afterName(r: Reader, scope: FlagScope, flag: RefFlag, part: Part, i: number, eq: number): number {
  const w = r.words[i]!;
  deprecation(r, flag, part);
  if (flag.long === '--help') r.help = true;
  if (eq < 0) return flag.takesValue ? takeNext(r, scope, flag, part, i) : i + 1;
  const value = w.text.slice(eq + 1);
  valuePart(r, flag, at(w, eq + 1), w.end, value);
  if (!flag.takesValue && !/^(true|false|1|0|t|f|TRUE|FALSE|True|False|T|F)$/.test(value)) {
    r.c.message({
      code: 'bool-value',
      severity: 'error',
      text: `\`${flag.long}\` is a switch: it accepts only =true or =false, not \`${value}\`.`,
      at: w,
      part,
      docker: r.refuse(invalidBool(flag, value)),
    });
  }
  return i + 1;
}

function readLong(r: Reader, scope: FlagScope, i: number): number {
  const w = r.words[i]!;
  const eq = w.text.indexOf('=');
  const name = eq < 0 ? w.text : w.text.slice(0, eq);
  const flag = lookupLong(scope, name);
  if (!flag) {
    unknownFlag(r, scope, name, { start: w.start, end: eq < 0 ? w.end : at(w, eq) }, r.refuse(unknownLong(name)));
    if (eq >= 0) r.c.part('unknown', at(w, eq + 1), w.end, 'value', 'The value of an option Docker does not know.');
    return i + 1;
  }
  return afterName(r, scope, flag, flagPart(r, scope, flag, w.start, eq < 0 ? w.end : at(w, eq)), i, eq);
}

/**
 * Reads the flag word at `r.words[i]` (it starts with `-`) for `scope.cmd`,
 * adding its parts and any problems. Returns the index of the next unread word.
 */
export function readFlag(r: Reader, scope: FlagScope, i: number): number {
  const w = r.words[i]!;
  const t = w.text;
  if (t.startsWith('--')) return readLong(r, scope, i);

  // `-rm`, `-name`: a long option typed with one dash reads as shorthands.
  const body = t.slice(1).split('=')[0]!;
  const asLong = body.length > 1 ? lookupLong(scope, `--${body}`) : undefined;
  if (asLong && ![...body].every((ch) => lookupShort(scope, `-${ch}`))) {
    const eq = t.indexOf('=');
    const part = flagPart(r, scope, asLong, w.start, eq < 0 ? w.end : at(w, eq));
    const bad = [...body].find((ch) => !lookupShort(scope, `-${ch}`))!;
    r.c.message({
      code: 'single-dash-long',
      severity: 'error',
      text: `\`${t.split('=')[0]}\` has one dash, so Docker reads it as single-letter options (\`-${body[0]}\`…) and fails. Long options take two dashes: \`--${body}\`.`,
      at: part,
      part,
      suggestion: r.rewrite([{ start: w.start, end: w.start, text: '-' }]),
      docker: r.refuse(unknownShort(bad, t)),
    });
    return i + 1;
  }

  for (let j = 1; j < t.length; j++) {
    const letter = t[j]!;
    const flag = lookupShort(scope, `-${letter}`);
    const start = j === 1 ? w.start : at(w, j);
    if (!flag) {
      // pflag stops at the first letter it does not know; the rest of the word is lost with it.
      unknownFlag(r, scope, `-${letter}`, { start, end: at(w, j + 1) }, r.refuse(unknownShort(letter, t)));
      if (j + 1 < t.length) r.c.part('unknown', at(w, j + 1), w.end, 'rest of the word', 'Not read: Docker stops at the letter before it.');
      return i + 1;
    }
    const part = flagPart(r, scope, flag, start, at(w, j + 1));
    if (!flag.takesValue && t[j + 1] === '=') return afterName(r, scope, flag, part, i, j + 1);
    deprecation(r, flag, part);
    if (flag.long === '--help') r.help = true;
    if (!flag.takesValue) continue;
    if (j + 1 < t.length) {
      const from = t[j + 1] === '=' ? j + 2 : j + 1;
      valuePart(r, flag, at(w, from), w.end, t.slice(from));
      return i + 1;
    }
    return takeNext(r, scope, flag, part, i, letter);
  }
  return i + 1;
}
