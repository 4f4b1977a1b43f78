/** Key/value parsing for ENV and ARG, as the Dockerfile parser reads them. */

/** `ENV a=b c="d e"` or the legacy `ENV a b c`. */
export function envPairs(args: string): [string, string][] {
  const t = args.trim();
  const first = /^([^\s=]+)(\s|=|$)/.exec(t);
  if (!first) return [];
  const key = first[1]!;
  if (first[2] !== '=') return [[key, unquote(t.slice(key.length).trim())]];
  const out: [string, string][] = [];
  const re = /([^\s=]+)=("(?:[^"\\]|\\.)*"|'[^']*'|(?:[^\s\\]|\\.)*)/g;
  for (const m of t.matchAll(re)) out.push([m[1]!, unquote(m[2] ?? '')]);
  return out;
}

export function argPairs(words: string[]): [string, string | undefined][] {
  return words.map((w) => {
    const eq = w.indexOf('=');
    return eq < 0 ? [w, undefined] : [w.slice(0, eq), unquote(w.slice(eq + 1))];
  });
}

function unquote(v: string): string {
  if (v.length >= 2 && ((v[0] === '"' && v.endsWith('"')) || (v[0] === "'" && v.endsWith("'"))))
    return v.slice(1, -1).replace(/\\(.)/g, '$1');
  return v.replace(/\\(.)/g, '$1');
}
