/**
 * The small part of Python literal syntax the flask-cors settings use: None,
 * True/False, integers, strings in single or double quotes (an optional r prefix)
 * and lists of those. The lab shows and reads settings as Python, so a learner
 * can paste what their app.py says.
 */

export type PyValue = null | boolean | number | string | PyValue[];

export class PyLiteralError extends Error {}

/** Parses one Python literal; throws PyLiteralError with the position on a mistake. */
export function parsePyLiteral(text: string): PyValue {
  let i = 0;
  const fail = (what: string): never => {
    throw new PyLiteralError(`${what} at character ${i + 1} of ${JSON.stringify(text)}`);
  };
  const ws = () => {
    while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  };
  const value = (): PyValue => {
    ws();
    const ch = text[i];
    if (ch === '[' || ch === '(') {
      const close = ch === '[' ? ']' : ')';
      i++;
      const items: PyValue[] = [];
      ws();
      while (text[i] !== close) {
        items.push(value());
        ws();
        if (text[i] === ',') {
          i++;
          ws();
        } else if (text[i] !== close) fail(`expected , or ${close}`);
      }
      i++;
      return items;
    }
    if (ch === 'r' || ch === 'R') {
      if (text[i + 1] === '"' || text[i + 1] === "'") i++;
    }
    const q = text[i];
    if (q === '"' || q === "'") {
      const raw = text[i - 1] === 'r' || text[i - 1] === 'R';
      i++;
      let s = '';
      while (i < text.length && text[i] !== q) {
        if (text[i] === '\\' && !raw && i + 1 < text.length) {
          i++;
          const e = text[i];
          s += e === 'n' ? '\n' : e === 't' ? '\t' : (e ?? '');
        } else s += text[i];
        i++;
      }
      if (text[i] !== q) fail('unterminated string');
      i++;
      return s;
    }
    const word = /^(None|True|False|-?\d+)/.exec(text.slice(i));
    if (!word) return fail('expected a string, a list, a number, True, False or None');
    i += word[0].length;
    const w = word[0];
    return w === 'None' ? null : w === 'True' ? true : w === 'False' ? false : Number(w);
  };
  const result = value();
  ws();
  if (i < text.length) fail('unexpected text');
  return result;
}

/** Writes a value back as Python. */
export function formatPy(v: PyValue): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return JSON.stringify(v);
  return `[${v.map(formatPy).join(', ')}]`;
}
