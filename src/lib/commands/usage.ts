/**
 * Reads the positional arguments out of a Docker usage line, so that the
 * explainer can name each argument by the role Docker gives it:
 * `docker container run [OPTIONS] IMAGE [COMMAND] [ARG...]` → IMAGE, COMMAND, ARG.
 * Pure.
 */

/** One positional argument of a usage line. */
export interface UsageArg {
  /** The role as written in the usage line: `IMAGE`, `PATH | URL | -`, `REPOSITORY[:TAG]`. */
  name: string;
  /** Written in brackets: may be left out. */
  optional: boolean;
  /** Written with `...` (or a plural such as SERVICES): takes any number of words. */
  repeat: boolean;
  /**
   * COMMAND: the program run inside the container. Docker stops reading its own
   * options here; every later word goes to that program.
   */
  rest: boolean;
}

/** Splits at spaces that are outside brackets and parentheses. */
function splitTop(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '[' || ch === '(') depth++;
    if (ch === ']' || ch === ')') depth = Math.max(0, depth - 1);
    if (/\s/.test(ch) && depth === 0) {
      if (cur) out.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** Whether the bracket opening at index 0 closes at the last character. */
function wrappedInBrackets(token: string): boolean {
  if (!token.startsWith('[') || !token.endsWith(']')) return false;
  let depth = 0;
  for (let i = 0; i < token.length; i++) {
    if (token[i] === '[') depth++;
    else if (token[i] === ']' && --depth === 0) return i === token.length - 1;
  }
  return false;
}

/**
 * The positional arguments of `usage` (only its first line is read), after the
 * command name `command`. `[OPTIONS]` and `--` are not arguments and are skipped.
 */
export function parseUsage(usage: string, command: string): UsageArg[] {
  let line = (usage.split('\n')[0] ?? '').trim();
  if (line.startsWith(command)) line = line.slice(command.length);
  // `PATH | URL | -` is one argument with alternatives: glue the pipes back on.
  const tokens: string[] = [];
  for (const t of splitTop(line)) {
    const prev = tokens[tokens.length - 1];
    if (prev !== undefined && (t.startsWith('|') || prev.endsWith('|'))) tokens[tokens.length - 1] = `${prev} ${t}`;
    else tokens.push(t);
  }
  const args: UsageArg[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    // `--to IMAGE`: an option written into the usage line, with its value.
    if (/^--?[a-z]/.test(token)) {
      k++;
      continue;
    }
    const optional = wrappedInBrackets(token);
    let name = optional ? token.slice(1, -1).trim() : token;
    let repeat = name.endsWith('...');
    name = name.replace(/\.\.\.$/, '').trim();
    if (/^\(.*\)$/.test(name)) name = name.slice(1, -1);
    if (!name || name === '--' || /^OPTIONS?$/.test(name)) continue;
    // `[SERVICES]` and `[ps OPTIONS]` name several words without the dots.
    if (/^[A-Z_]+S$/.test(name) || /OPTIONS$/.test(name)) repeat = true;
    // A lone `-` (standard input) is what the command reads when nothing else is named.
    args.push({ name, optional: optional || name === '-', repeat, rest: name === 'COMMAND' });
  }
  return args;
}
