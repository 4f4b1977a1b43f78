/** A small Dockerfile parser: instructions with line numbers, JSON (exec) form, continuations. */
import { KNOWN_INSTRUCTIONS } from '../../dockerfile/instructions.ts';

export interface Instruction {
  op: string;
  /** The text after the instruction keyword. */
  raw: string;
  args: string[];
  /** Exec form (`["a", "b"]`), when used. */
  json: string[] | null;
  line: number;
}

const KNOWN = new Set<string>(KNOWN_INSTRUCTIONS);

type Parsed = { instructions: Instruction[] } | { error: string; line: number };
const cache = new Map<string, Parsed>();

/** Parses a Dockerfile; results are cached by text (callers must not change them). */
export function parseDockerfile(text: string): Parsed {
  let hit = cache.get(text);
  if (!hit) {
    if (cache.size > 50) cache.clear();
    hit = parseUncached(text);
    cache.set(text, hit);
  }
  return hit;
}

function parseUncached(text: string): Parsed {
  const instructions: Instruction[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let l = (lines[i] as string).trim();
    const start = i + 1;
    if (!l || l.startsWith('#')) continue;
    while (l.endsWith('\\') && i + 1 < lines.length) l = l.slice(0, -1) + ' ' + (lines[++i] as string).trim();
    const m = /^(\S+)\s*(.*)$/.exec(l) as RegExpExecArray;
    const op = (m[1] as string).toUpperCase();
    if (!KNOWN.has(op)) return { error: `unknown instruction: ${m[1]}`, line: start };
    const raw = (m[2] as string).trim();
    let json: string[] | null = null;
    if (raw.startsWith('[')) {
      try {
        const v = JSON.parse(raw) as unknown;
        if (Array.isArray(v) && v.every((x) => typeof x === 'string')) json = v as string[];
      } catch {
        json = null;
      }
    }
    instructions.push({ op, raw, args: json ?? raw.split(/\s+/).filter(Boolean), json, line: start });
  }
  const first = instructions.find((s) => s.op !== 'ARG');
  if (!first || first.op !== 'FROM') return { error: 'no build stage in current context', line: first?.line ?? 1 };
  return { instructions };
}
