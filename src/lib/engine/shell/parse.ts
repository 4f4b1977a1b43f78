/**
 * Splits one shell line into lists of pipelines joined by `&&`, `||` and `;`.
 * Words stay raw (quotes and `$…` kept) so they are expanded only when their
 * command runs, as a shell does: `export A=1 && echo $A` prints 1.
 */

export interface Pipeline {
  /** How this pipeline joins the previous one. */
  op: ';' | '&&' | '||';
  /** Commands joined by `|`, each a list of raw words. */
  commands: string[][];
  /** Redirections of each command: `> file`, `>> file`, `2>&1`, `2> file`. */
  redirects: Redirect[][];
  /** An operator or syntax the practice shell does not handle (`<`, `&`, …). */
  unsupported?: string;
}

export interface Redirect {
  fd: 1 | 2;
  /** A raw word (expanded when the command runs), or `&1`. */
  target: string;
  append: boolean;
}

export interface ParsedLine {
  pipelines: Pipeline[];
  error?: string;
}

export function parseLine(line: string): ParsedLine {
  const pipelines: Pipeline[] = [];
  let current: Pipeline = { op: ';', commands: [[]], redirects: [[]] };
  let word = '';
  let inWord = false;
  const n = line.length;
  let i = 0;
  const endWord = () => {
    if (inWord) (current.commands[current.commands.length - 1] as string[]).push(word);
    word = '';
    inWord = false;
  };
  const endPipeline = (op: Pipeline['op']) => {
    endWord();
    pipelines.push(current);
    current = { op, commands: [[]], redirects: [[]] };
  };
  while (i < n) {
    const ch = line[i];
    if (ch === "'") {
      const close = line.indexOf("'", i + 1);
      if (close < 0) return { pipelines, error: "unexpected EOF while looking for matching `''" };
      word += line.slice(i, close + 1);
      inWord = true;
      i = close + 1;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      while (j < n && line[j] !== '"') {
        if (line[j] === '\\') j++;
        else if (line[j] === '$' && line[j + 1] === '(') j = skipParens(line, j + 1) - 1;
        j++;
      }
      if (j >= n) return { pipelines, error: 'unexpected EOF while looking for matching `"\'' };
      word += line.slice(i, j + 1);
      inWord = true;
      i = j + 1;
      continue;
    }
    if (ch === '\\' && i + 1 < n) {
      word += line.slice(i, i + 2);
      inWord = true;
      i += 2;
      continue;
    }
    if (ch === '$' && line[i + 1] === '(') {
      const end = skipParens(line, i + 1);
      if (end > n) return { pipelines, error: "unexpected EOF while looking for matching `)'" };
      word += line.slice(i, end);
      inWord = true;
      i = end;
      continue;
    }
    if (ch === '#' && !inWord) break;
    if (ch === ' ' || ch === '\t') {
      endWord();
      i++;
      continue;
    }
    if (line.startsWith('&&', i) || line.startsWith('||', i)) {
      endPipeline(line.slice(i, i + 2) as '&&' | '||');
      i += 2;
      continue;
    }
    if (ch === ';') {
      endPipeline(';');
      i++;
      continue;
    }
    if (ch === '>' || (ch === '2' && line[i + 1] === '>' && !inWord)) {
      const fd = ch === '2' ? 2 : 1;
      if (ch === '>' && word === '1') word = '';
      endWord();
      let j = i + (fd === 2 ? 2 : 1);
      const append = line[j] === '>';
      if (append) j++;
      if (line.startsWith('&1', j) || line.startsWith('&2', j)) {
        (current.redirects[current.redirects.length - 1] as Redirect[]).push({ fd, target: line.slice(j, j + 2), append });
        i = j + 2;
        continue;
      }
      while (line[j] === ' ') j++;
      let k = j;
      while (k < line.length && !' \t|;&<>'.includes(line[k] as string)) {
        if (line[k] === "'" || line[k] === '"') k = Math.max(k, line.indexOf(line[k] as string, k + 1));
        k++;
      }
      if (k === j) return { pipelines, error: "syntax error near unexpected token `newline'" };
      (current.redirects[current.redirects.length - 1] as Redirect[]).push({ fd, target: line.slice(j, k), append });
      i = k;
      continue;
    }
    if (ch === '|') {
      endWord();
      current.commands.push([]);
      current.redirects.push([]);
      i++;
      continue;
    }
    if (ch === '<' || ch === '&' || ch === '`' || ch === '(' || ch === ')') {
      current.unsupported ??= ch === '`' ? 'backquote substitution' : `\`${ch}\``;
      endWord();
      i++;
      continue;
    }
    word += ch;
    inWord = true;
    i++;
  }
  endWord();
  pipelines.push(current);
  const empty = (p: Pipeline) => p.commands.every((c) => c.length === 0) && !p.unsupported;
  for (let k = 0; k < pipelines.length; k++) {
    const p = pipelines[k] as Pipeline;
    if (p.commands.length > 1 && p.commands.some((c) => c.length === 0))
      return { pipelines: [], error: "syntax error near unexpected token `|'" };
    if (p.op !== ';' && (k === 0 || empty(pipelines[k - 1] as Pipeline)))
      return { pipelines: [], error: `syntax error near unexpected token \`${p.op}'` };
    if (p.op !== ';' && empty(p) && k === pipelines.length - 1) return { pipelines: [], error: 'syntax error: unexpected end of file' };
  }
  return { pipelines: pipelines.filter((p) => !empty(p)) };
}

/** Index just after the `)` matching the `(` at `open`. */
export function skipParens(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === "'") {
      const close = s.indexOf("'", i + 1);
      if (close < 0) return s.length + 1;
      i = close;
    } else if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return s.length + 1;
}
