/**
 * Reads a compose file with the `yaml` package, keeping the document so every
 * key and value can be traced back to its line and column.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

export type Path = (string | number)[];

export interface YamlError {
  line: number;
  column: number;
  message: string;
}

export interface ParsedCompose {
  data: unknown;
  errors: YamlError[];
  /** Line and column (1-based) of the value at a path, or of its nearest parent. */
  locate(path: Path): { line: number; column: number };
  /** Line of the key itself (for a map entry), else of the value. */
  keyLine(path: Path): number;
  /** Line and column of the key itself (for a map entry), else of the value. */
  keyPos(path: Path): { line: number; column: number };
  /** The scalar at a path as written, with its quoting style. */
  scalarStyle(path: Path): { source: string; quoted: boolean } | null;
}

export function parseCompose(text: string): ParsedCompose {
  const lc = new LineCounter();
  // Compose reads YAML 1.2 core types; `merge` keeps `<<: *anchor` working as docker compose does.
  const doc: Document = parseDocument(text, { lineCounter: lc, merge: true, prettyErrors: false, uniqueKeys: true });
  const lines = text.split('\n');
  const errors: YamlError[] = [...doc.errors].map((e) => {
    const pos = lc.linePos(e.pos[0]);
    // Indentation errors point at the start of the line; the key that is out of place is more useful.
    const lead = /^[ \t]*/.exec(lines[pos.line - 1] ?? '')![0].length;
    const column = e.code === 'BAD_INDENT' && pos.col <= lead ? lead + 1 : pos.col;
    return { line: pos.line, column, message: (e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '') };
  });
  let data: unknown = null;
  if (!errors.length) {
    try {
      data = doc.toJS({ maxAliasCount: 1000 });
      // An alias inside its own anchor makes a loop; Compose rejects it, and it would never end here.
      JSON.stringify(data);
    } catch (err) {
      const alias = /(^|[\s[{,])\*[\w-]+/m.exec(text);
      const pos = lc.linePos(alias ? alias.index + alias[1]!.length : 0);
      const loop = err instanceof TypeError;
      errors.push({
        line: pos.line,
        column: pos.col,
        message: loop
          ? 'An alias refers to the anchor it is inside of (a loop).'
          : `The aliases expand too much: ${err instanceof Error ? err.message : String(err)}.`,
      });
      data = null;
    }
  }
  // Keys are looked up once per explained key: index each mapping so big files stay linear.
  const indexes = new WeakMap<object, Map<unknown, Pair>>();
  const indexOf = (map: YAMLMap): Map<unknown, Pair> => {
    let idx = indexes.get(map);
    if (!idx) {
      idx = new Map();
      for (const p of map.items as Pair[]) {
        const k = isScalar(p.key) ? p.key.value : p.key;
        if (!idx.has(k)) idx.set(k, p);
      }
      indexes.set(map, idx);
    }
    return idx;
  };
  const nodeAt = (path: Path): { node: Node | null; keyNode: Node | null } => {
    let node: unknown = doc.contents;
    let keyNode: Node | null = null;
    for (const part of path) {
      if (isMap(node)) {
        const pair = indexOf(node).get(part);
        if (!pair) break;
        keyNode = pair.key as Node;
        node = pair.value;
      } else if (isSeq(node) && typeof part === 'number' && node.items[part]) {
        keyNode = null;
        node = node.items[part];
      } else break;
    }
    return { node: (node as Node) ?? null, keyNode };
  };
  const pos = (n: Node | null) => {
    const p = lc.linePos(n?.range?.[0] ?? 0);
    return { line: p.line, column: p.col };
  };
  return {
    data,
    errors,
    locate: (path) => {
      const { node, keyNode } = nodeAt(path);
      return pos(node ?? keyNode);
    },
    keyLine: (path) => {
      const { node, keyNode } = nodeAt(path);
      return pos(keyNode ?? node).line;
    },
    keyPos: (path) => {
      const { node, keyNode } = nodeAt(path);
      return pos(keyNode ?? node);
    },
    scalarStyle: (path) => {
      const { node } = nodeAt(path);
      if (!isScalar(node) || !node.range) return null;
      return { source: text.slice(node.range[0], node.range[1]), quoted: node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' };
    },
  };
}
