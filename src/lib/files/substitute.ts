/**
 * `$VAR` / `${VAR…}` substitution as Dockerfiles and Compose files do it.
 * Both accept `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}`, `${VAR+alt}`;
 * Compose also has `${VAR:?err}` / `${VAR?err}` and `$$` as a literal `$`.
 * The caller says what is defined; every name looked up is reported, so the
 * explainer can show what came from where and flag what was never defined.
 */

export interface Lookup {
  /** The value, or undefined when the name is not defined at all. */
  (name: string): string | undefined;
}

export interface UsedVar {
  name: string;
  /** Offset of the `$` in the input. */
  offset: number;
  /** The whole reference as written, e.g. `${PORT:-4567}`. */
  text: string;
  defined: boolean;
  /** A default (`:-`, `-`) or an error message (`:?`, `?`) came with it. */
  hasFallback: boolean;
  required: boolean;
}

export interface Substituted {
  value: string;
  used: UsedVar[];
  /** `${VAR:?message}` references whose variable was missing. */
  errors: string[];
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/**
 * `dollarEscape`: Compose reads `$$` as a literal `$`; Dockerfiles use `\$`.
 */
export function substitute(input: string, lookup: Lookup, opts: { dollarEscape?: boolean } = {}): Substituted {
  const used: UsedVar[] = [];
  const errors: string[] = [];
  let out = '';
  let i = 0;
  while (i < input.length) {
    const ch = input[i];
    if (ch === '\\' && !opts.dollarEscape && input[i + 1] === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (ch !== '$') {
      out += ch;
      i++;
      continue;
    }
    if (opts.dollarEscape && input[i + 1] === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (input[i + 1] === '{') {
      const close = findClose(input, i + 2);
      if (close < 0) {
        out += input.slice(i);
        break;
      }
      const body = input.slice(i + 2, close);
      const m = NAME.exec(body);
      if (!m) {
        out += input.slice(i, close + 1);
        i = close + 1;
        continue;
      }
      const name = m[0];
      const rest = body.slice(name.length);
      const op = /^(:?[-+?])/.exec(rest)?.[1] ?? '';
      const word = rest.slice(op.length);
      const value = lookup(name);
      const set = value !== undefined;
      const nonEmpty = set && value !== '';
      const inner = word ? substitute(word, lookup, opts) : { value: '', used: [], errors: [] };
      used.push({
        name,
        offset: i,
        text: input.slice(i, close + 1),
        defined: set,
        hasFallback: op.includes('-') || op.includes('?'),
        required: op.includes('?'),
      });
      used.push(...inner.used);
      let result = value ?? '';
      if (op === ':-') result = nonEmpty ? value! : inner.value;
      else if (op === '-') result = set ? value! : inner.value;
      else if (op === ':+') result = nonEmpty ? inner.value : '';
      else if (op === '+') result = set ? inner.value : '';
      else if (op === ':?' || op === '?') {
        const ok = op === ':?' ? nonEmpty : set;
        if (!ok) errors.push(`${name}: ${inner.value || 'required variable is missing a value'}`);
      }
      out += result;
      i = close + 1;
      continue;
    }
    const m = NAME.exec(input.slice(i + 1));
    if (!m) {
      out += ch;
      i++;
      continue;
    }
    const value = lookup(m[0]);
    used.push({ name: m[0], offset: i, text: '$' + m[0], defined: value !== undefined, hasFallback: false, required: false });
    out += value ?? '';
    i += 1 + m[0].length;
  }
  return { value: out, used, errors };
}

function findClose(s: string, from: number): number {
  let depth = 1;
  for (let j = from; j < s.length; j++) {
    if (s[j] === '{') depth++;
    else if (s[j] === '}' && --depth === 0) return j;
  }
  return -1;
}

/** Quotes a word for display the way a shell would need it. */
export function shellQuote(word: string): string {
  if (word !== '' && /^[\w@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

export function shellJoin(argv: readonly string[]): string {
  return argv.map(shellQuote).join(' ');
}
