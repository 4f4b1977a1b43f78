/**
 * Word expansion as bash does it for the cases a learner types: quotes,
 * backslashes, `~`, `$VAR`, `${VAR}`, `${VAR:-default}`, `$?` and `$(…)`.
 * Unquoted expansion results are split on whitespace; quoted ones are not.
 */
import { skipParens } from './parse.ts';

export interface ExpandContext {
  env: Record<string, string>;
  home: string;
  lastStatus: number;
  /** Runs a command substitution and returns its stdout. */
  substitute(command: string): string;
}

export function expandWord(raw: string, ctx: ExpandContext): string[] {
  const fields: string[] = [];
  let cur = '';
  let has = false;
  const pushSplit = (text: string) => {
    const parts = text.split(/[ \t\n]+/);
    parts.forEach((p, k) => {
      if (k > 0) {
        if (has) fields.push(cur);
        cur = '';
        has = false;
      }
      if (p !== '') {
        cur += p;
        has = true;
      }
    });
  };
  let i = 0;
  if (raw === '~' || raw.startsWith('~/')) {
    cur = ctx.home;
    has = true;
    i = 1;
  }
  while (i < raw.length) {
    const ch = raw[i];
    if (ch === "'") {
      const close = raw.indexOf("'", i + 1);
      cur += raw.slice(i + 1, close);
      has = true;
      i = close + 1;
    } else if (ch === '"') {
      has = true;
      i++;
      while (i < raw.length && raw[i] !== '"') {
        if (raw[i] === '\\' && '"\\$`'.includes(raw[i + 1] ?? 'x')) {
          cur += raw[i + 1];
          i += 2;
        } else if (raw[i] === '$') {
          const [value, next] = dollar(raw, i, ctx);
          cur += value;
          i = next;
        } else cur += raw[i++];
      }
      i++;
    } else if (ch === '\\') {
      cur += raw[i + 1] ?? '';
      has = true;
      i += 2;
    } else if (ch === '$') {
      const [value, next] = dollar(raw, i, ctx);
      if (next === i + 1) {
        cur += '$';
        has = true;
      } else pushSplit(value);
      i = next;
    } else {
      cur += ch;
      has = true;
      i++;
    }
  }
  if (has) fields.push(cur);
  return fields;
}

/** Expands the `$…` at `i`; returns the value and the index after it. */
function dollar(raw: string, i: number, ctx: ExpandContext): [string, number] {
  const next = raw[i + 1];
  if (next === '(') {
    const end = skipParens(raw, i + 1);
    return [ctx.substitute(raw.slice(i + 2, end - 1)).replace(/\n+$/, ''), end];
  }
  if (next === '?') return [String(ctx.lastStatus), i + 2];
  if (next === '{') {
    const close = raw.indexOf('}', i);
    const body = raw.slice(i + 2, close < 0 ? raw.length : close);
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?::?-(.*))?$/.exec(body);
    const end = close < 0 ? raw.length : close + 1;
    if (!m) return ['', end];
    const value = ctx.env[m[1] as string];
    if (m[2] !== undefined && (value === undefined || (body.includes(':-') && value === ''))) return [m[2], end];
    return [value ?? '', end];
  }
  const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(raw.slice(i + 1));
  if (!m) return ['$', i + 1];
  return [ctx.env[m[0]] ?? '', i + 1 + m[0].length];
}
