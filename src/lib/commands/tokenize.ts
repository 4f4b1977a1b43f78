/**
 * A shell-like tokenizer for pasted commands. Like a POSIX shell it removes
 * quotes and backslash escapes, joins `\`-newline continuations and splits at
 * operators (`|`, `&&`, `;`, newlines, redirections); unlike a shell it never
 * fails: every character of the input ends up in exactly one token or in the
 * whitespace between them, and problems (an unclosed quote) are reported, not
 * thrown. Each word keeps, per character of its value, the offset in the input
 * it came from, so later stages can point at `8080:80` inside `-p8080:80` or at
 * the value inside `--name="my app"`. Runs in linear time on any input.
 */

export type TokenKind = 'word' | 'operator' | 'newline' | 'comment' | 'prompt';

export interface Token {
  kind: TokenKind;
  /** The value: for a word, after quote and escape removal. */
  text: string;
  /** Offset of the first character in the input. */
  start: number;
  /** Offset just after the last character. */
  end: number;
  /** For words: input offset of each character of `text`, plus `end` at the end. */
  offsets: number[];
  /** For words: some part was quoted or escaped. */
  quoted: boolean;
}

export interface TokenizeIssue {
  code: 'unclosed-quote' | 'unclosed-substitution';
  start: number;
  end: number;
  message: string;
}

export interface Tokenized {
  tokens: Token[];
  issues: TokenizeIssue[];
}

// A prompt at the start of a line: `$ `, or a Gitpod/bash one such as
// `gitpod /workspace/app (main) $ ` or `me@box:~/app$ `.
const PROMPT = /[ \t]*(?:[\w.@~:/-]+(?:[ \t]+[\w.@~:/-]+)?(?:[ \t]+\([^()\n]*\))?[ \t]*)?\$(?=[ \t]|\r?\n|$)[ \t]?/y;
// `<image-name>` in a command written as a template is a placeholder, not a redirection.
const PLACEHOLDER = /<[A-Za-z][\w.:/-]*>/y;
const OPERATORS = ['&&', '||', ';;', '|&', '>>', '<<<', '<<', '&>', '>&', '<>', '|', '&', ';', '>', '<', '(', ')'];

/** Splits `input` into tokens with character spans. Never throws. */
export function tokenize(input: string): Tokenized {
  const tokens: Token[] = [];
  const issues: TokenizeIssue[] = [];
  const n = input.length;
  let i = 0;
  let atLineStart = true;

  // The word being built.
  let text = '';
  let offsets: number[] = [];
  let start = -1;
  let quoted = false;
  const add = (ch: string, at: number) => {
    if (start < 0) start = at;
    text += ch;
    offsets.push(at);
  };
  const flush = (end: number) => {
    if (start < 0) return;
    offsets.push(end);
    tokens.push({ kind: 'word', text, start, end, offsets, quoted });
    text = '';
    offsets = [];
    start = -1;
    quoted = false;
  };
  const push = (kind: TokenKind, from: number, to: number) =>
    tokens.push({ kind, text: input.slice(from, to), start: from, end: to, offsets: [], quoted: false });

  // Copies `$( … )`, `${ … }` or a backquoted part into the word verbatim (the
  // shell would run or expand it; we only need to keep it whole). Returns the
  // index after it.
  const substitution = (from: number): number => {
    const backquote = input[from] === '`';
    const open = backquote ? '`' : input[from + 1]!;
    const close = backquote ? '`' : open === '(' ? ')' : '}';
    let j = from + (backquote ? 1 : 2);
    for (let k = from; k < j; k++) add(input[k]!, k);
    let depth = 1;
    while (j < n) {
      const ch = input[j]!;
      if (ch === '\\' && j + 1 < n) {
        add(ch, j);
        add(input[j + 1]!, j + 1);
        j += 2;
        continue;
      }
      add(ch, j);
      j++;
      if (ch === close) depth--;
      else if (ch === open) depth++;
      if (depth === 0) return j;
    }
    issues.push({
      code: 'unclosed-substitution',
      start: from,
      end: n,
      message: `This \`${input.slice(from, backquote ? from + 1 : from + 2)}\` is never closed with \`${close}\`.`,
    });
    return j;
  };

  while (i < n) {
    if (atLineStart) {
      atLineStart = false;
      PROMPT.lastIndex = i;
      const m = PROMPT.exec(input);
      if (m && m[0].includes('$')) {
        const s = i + m[0].search(/\S/);
        push('prompt', s, i + m[0].replace(/[ \t]$/, '').length);
        i += m[0].length;
        continue;
      }
    }
    const ch = input[i]!;
    if (ch === '\\') {
      // A line continuation disappears, as in the shell: `a\<newline>b` is `ab`.
      if (input[i + 1] === '\n') {
        i += 2;
      } else if (input[i + 1] === '\r' && input[i + 2] === '\n') {
        i += 3;
      } else if (i + 1 < n) {
        quoted = true;
        if (start < 0) start = i;
        add(input[i + 1]!, i + 1);
        i += 2;
      } else {
        add(ch, i);
        i++;
      }
      continue;
    }
    if (ch === '\n') {
      flush(i);
      push('newline', i, i + 1);
      i++;
      atLineStart = true;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      flush(i);
      i++;
      continue;
    }
    if (ch === '#' && start < 0) {
      let j = input.indexOf('\n', i);
      if (j < 0) j = n;
      push('comment', i, j);
      i = j;
      continue;
    }
    if (ch === "'") {
      quoted = true;
      if (start < 0) start = i;
      const close = input.indexOf("'", i + 1);
      const stop = close < 0 ? n : close;
      for (let j = i + 1; j < stop; j++) add(input[j]!, j);
      if (close < 0) issues.push({ code: 'unclosed-quote', start: i, end: n, message: "This single quote (') is never closed." });
      i = stop + 1;
      continue;
    }
    if (ch === '"') {
      quoted = true;
      if (start < 0) start = i;
      let j = i + 1;
      while (j < n && input[j] !== '"') {
        if (input[j] === '\\' && j + 1 < n && '"\\$`\n'.includes(input[j + 1]!)) {
          if (input[j + 1] !== '\n') add(input[j + 1]!, j + 1);
          j += 2;
        } else {
          add(input[j]!, j);
          j++;
        }
      }
      if (j >= n) issues.push({ code: 'unclosed-quote', start: i, end: n, message: 'This double quote (") is never closed.' });
      i = j + 1;
      continue;
    }
    if ((ch === '$' && (input[i + 1] === '(' || input[i + 1] === '{')) || ch === '`') {
      i = substitution(i);
      continue;
    }
    if (ch === '<') {
      PLACEHOLDER.lastIndex = i;
      const m = PLACEHOLDER.exec(input);
      if (m) {
        for (let j = i; j < i + m[0].length; j++) add(input[j]!, j);
        i += m[0].length;
        continue;
      }
    }
    const op = OPERATORS.find((o) => input.startsWith(o, i));
    if (op) {
      // `2>` and `2>&1`: a file-descriptor number glued to a redirection belongs to it.
      let from = i;
      if ((op[0] === '>' || op[0] === '<') && start >= 0 && /^\d+$/.test(text) && !quoted) {
        from = start;
        text = '';
        offsets = [];
        start = -1;
      } else {
        flush(i);
      }
      let to = i + op.length;
      if (op === '>&') while (to < n && /[\d-]/.test(input[to]!)) to++;
      push('operator', from, to);
      i = to;
      continue;
    }
    add(ch, i);
    i++;
  }
  flush(n);
  return { tokens, issues };
}
