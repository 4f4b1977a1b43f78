/**
 * The part of Go's text/template that `--format` users write: `{{.A.B}}`,
 * `{{json .X}}`, `{{range .X}}…{{end}}`, `{{index .X "k"}}`, `{{upper .X}}`,
 * `{{lower .X}}`, `{{println …}}`, and the CLI's `table` prefix with `\t`.
 */
import { tabwrite } from './table.ts';

type Value = unknown;

/** Go's %v for JSON-like values. */
export function goString(v: Value): string {
  if (v === null || v === undefined) return '<no value>';
  if (Array.isArray(v)) return '[' + v.map(goString).join(' ') + ']';
  if (typeof v === 'object') {
    const keys = Object.keys(v as object).sort();
    return 'map[' + keys.map((k) => `${k}:${goString((v as Record<string, Value>)[k])}`).join(' ') + ']';
  }
  return String(v);
}

function lookup(dot: Value, path: string): Value {
  if (path === '.') return dot;
  let cur: Value = dot;
  for (const seg of path.split('.').filter(Boolean)) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, Value>)[seg];
  }
  return cur;
}

function evalExpr(expr: string, dot: Value): Value {
  const parts = expr.trim().match(/"[^"]*"|\S+/g) ?? [];
  const arg = (s: string | undefined): Value =>
    s === undefined ? undefined : s.startsWith('"') ? s.slice(1, -1) : s.startsWith('.') ? lookup(dot, s) : s;
  const [fn, ...rest] = parts;
  if (fn === 'json') return JSON.stringify(arg(rest[0]) ?? null);
  if (fn === 'upper') return String(arg(rest[0]) ?? '').toUpperCase();
  if (fn === 'lower') return String(arg(rest[0]) ?? '').toLowerCase();
  if (fn === 'println') return rest.map((r) => goString(arg(r))).join(' ') + '\n';
  if (fn === 'index') {
    const base = arg(rest[0]) as Record<string, Value> | Value[] | undefined;
    const key = arg(rest[1]);
    return base && typeof base === 'object' ? (base as Record<string, Value>)[String(key)] : undefined;
  }
  if (fn === 'join') {
    const list = arg(rest[0]);
    return Array.isArray(list) ? list.map(goString).join(String(arg(rest[1]) ?? '')) : '';
  }
  return arg(fn);
}

export class TemplateError extends Error {}

/**
 * Renders one template against one value. `nilAs` names what a field path
 * prints when its value is null: the CLI runs inspect templates on Go structs,
 * where a nil slice prints `[]` and a nil map `map[]`, not `<no value>`.
 */
export function renderTemplate(tpl: string, dot: Value, nilAs?: Readonly<Record<string, string>>): string {
  let out = '';
  let i = 0;
  while (i < tpl.length) {
    const open = tpl.indexOf('{{', i);
    if (open < 0) {
      out += tpl.slice(i);
      break;
    }
    out += tpl.slice(i, open);
    const close = tpl.indexOf('}}', open);
    if (close < 0) throw new TemplateError(`template: :1: unclosed action`);
    const action = tpl
      .slice(open + 2, close)
      .trim()
      .replace(/^-\s*|\s*-$/g, '');
    i = close + 2;
    if (action.startsWith('range ')) {
      const { body, end } = block(tpl, i);
      const list = evalExpr(action.slice(6), dot);
      const items = Array.isArray(list)
        ? list
        : list && typeof list === 'object'
          ? Object.keys(list)
              .sort()
              .map((k) => (list as Record<string, Value>)[k])
          : [];
      for (const item of items) out += renderTemplate(body, item);
      i = end;
      continue;
    }
    if (action.startsWith('if ')) {
      const { body, end } = block(tpl, i);
      const v = evalExpr(action.slice(3), dot);
      if (v && !(Array.isArray(v) && v.length === 0)) out += renderTemplate(body, dot);
      i = end;
      continue;
    }
    const v = evalExpr(action, dot);
    out += typeof v === 'string' ? v : v === null ? (nilAs?.[action] ?? goString(v)) : goString(v);
  }
  return out;
}

/** Finds the `{{end}}` matching a block that starts at `from`. */
function block(tpl: string, from: number): { body: string; end: number } {
  let depth = 1;
  let i = from;
  while (i < tpl.length) {
    const open = tpl.indexOf('{{', i);
    if (open < 0) break;
    const close = tpl.indexOf('}}', open);
    const action = tpl.slice(open + 2, close).trim();
    if (/^(range|if|with) /.test(action)) depth++;
    if (action === 'end') {
      depth--;
      if (depth === 0) return { body: tpl.slice(from, open), end: close + 2 };
    }
    i = close + 2;
  }
  throw new TemplateError('template: :1: unexpected EOF');
}

/**
 * A list command's `--format`: `table …` gets a header row (field → title)
 * and tabwriter alignment; a plain template prints one line per row.
 */
export function formatRows(format: string, rows: Record<string, Value>[], titles: Record<string, string>): string {
  const fmt = format.replace(/\\t/g, '\t').replace(/\\n/g, '\n');
  if (fmt.startsWith('table')) {
    const body = fmt.slice(5).trimStart();
    const header = body.replace(/\{\{\s*\.(\w+)\s*\}\}/g, (_, f: string) => titles[f] ?? f.toUpperCase());
    const lines = [header, ...rows.map((r) => renderTemplate(body, r))];
    return tabwrite(lines.map((l) => l.split('\t')));
  }
  return rows.map((r) => renderTemplate(fmt, r) + '\n').join('');
}
