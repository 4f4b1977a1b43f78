/**
 * The YAML subset compose files use: block maps and lists, scalars (plain,
 * single and double quoted), flow lists `[a, b]`, comments. Small on purpose
 * (the full `yaml` package would triple the model's size). Errors name the line.
 */

export type YamlValue = string | number | boolean | null | YamlValue[] | { [k: string]: YamlValue };

export class YamlError extends Error {}

interface Line {
  indent: number;
  text: string;
  no: number;
}

function stripComment(s: string): string {
  let q: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === q) q = null;
    } else if (c === '"' || c === "'") q = c;
    else if (c === '#' && (i === 0 || s[i - 1] === ' ')) return s.slice(0, i);
  }
  return s;
}

export function scalar(raw: string): YamlValue {
  const s = raw.trim();
  if (s.startsWith('"') && s.endsWith('"') && s.length >= 2)
    return s.slice(1, -1).replace(/\\"/g, '"').replace(/\\n/g, '\n').replace(/\\\\/g, '\\');
  if (s.startsWith("'") && s.endsWith("'") && s.length >= 2) return s.slice(1, -1).replace(/''/g, "'");
  if (s.startsWith('[') && s.endsWith(']')) {
    const inner = s.slice(1, -1).trim();
    return inner ? splitFlow(inner).map(scalar) : [];
  }
  if (s === '' || s === '~' || s === 'null') return null;
  if (s === 'true') return true;
  if (s === 'false') return false;
  if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
  return s;
}

function splitFlow(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q: string | null = null;
  for (const c of s) {
    if (q) {
      cur += c;
      if (c === q) q = null;
    } else if (c === '"' || c === "'") {
      q = c;
      cur += c;
    } else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** `key: value` split at the first `: ` outside quotes, or null when the line is not a pair. */
function splitPair(text: string): [string, string] | null {
  let q: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === q) q = null;
      continue;
    }
    if ((c === '"' || c === "'") && i === 0) q = c;
    else if (c === ':' && (i === text.length - 1 || text[i + 1] === ' ')) {
      const k = text.slice(0, i).trim();
      return [String(scalar(k)), text.slice(i + 1).trim()];
    }
  }
  return null;
}

export function parseYaml(src: string): YamlValue {
  const lines: Line[] = [];
  src.split('\n').forEach((raw, i) => {
    if (raw.includes('\t') && /^\s*\t/.test(raw)) throw new YamlError(`yaml: line ${i + 1}: found character that cannot start any token`);
    const t = stripComment(raw).replace(/\s+$/, '');
    if (t.trim() === '' || t.trim() === '---') return;
    lines.push({ indent: t.length - t.trimStart().length, text: t.trim(), no: i + 1 });
  });
  let pos = 0;
  const block = (indent: number): YamlValue => {
    const first = lines[pos];
    if (!first || first.indent < indent) return null;
    if (first.text.startsWith('- ') || first.text === '-') {
      const list: YamlValue[] = [];
      while (pos < lines.length && (lines[pos] as Line).indent === first.indent && /^-( |$)/.test((lines[pos] as Line).text)) {
        const l = lines[pos] as Line;
        const rest = l.text.slice(1).trim();
        pos++;
        if (rest === '') list.push(block(first.indent + 1));
        else if (splitPair(rest) && !rest.startsWith('"') && !rest.startsWith("'")) {
          // `- key: value` starts a map inside the list.
          lines.splice(pos, 0, { indent: first.indent + 2, text: rest, no: l.no });
          list.push(block(first.indent + 2));
        } else list.push(scalar(rest));
      }
      return list;
    }
    const map: { [k: string]: YamlValue } = {};
    while (pos < lines.length && (lines[pos] as Line).indent === first.indent) {
      const l = lines[pos] as Line;
      const pair = splitPair(l.text);
      if (!pair) throw new YamlError(`yaml: line ${l.no}: could not find expected ':'`);
      pos++;
      const [k, v] = pair;
      if (v === '' || v === '|' || v === '>') {
        const next = lines[pos];
        if (v !== '' && next && next.indent > l.indent) {
          const parts: string[] = [];
          while (pos < lines.length && (lines[pos] as Line).indent > l.indent) parts.push((lines[pos++] as Line).text);
          map[k] = parts.join(v === '|' ? '\n' : ' ') + '\n';
        } else
          map[k] = next && (next.indent > l.indent || (next.indent === l.indent && next.text.startsWith('- '))) ? block(next.indent) : null;
      } else map[k] = scalar(v);
    }
    if (pos < lines.length && (lines[pos] as Line).indent > first.indent) {
      throw new YamlError(`yaml: line ${(lines[pos] as Line).no}: mapping values are not allowed in this context`);
    }
    return map;
  };
  const value = block(0);
  if (pos < lines.length) throw new YamlError(`yaml: line ${(lines[pos] as Line).no}: did not find expected key`);
  return value;
}
