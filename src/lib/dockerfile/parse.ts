/**
 * Reads a Dockerfile with `dockerfile-ast` (the parser behind the VS Code
 * Docker extension) and flattens it into plain records, so the rest of the
 * explainer never touches the parser's classes.
 */
import { DockerfileParser } from 'dockerfile-ast';

export { KNOWN_INSTRUCTIONS } from './instructions.ts';

export interface Heredoc {
  name: string;
  /** `<<-` strips leading tabs. */
  stripTabs: boolean;
  body: string;
}

export interface Instr {
  /** Upper-case keyword. */
  keyword: string;
  /** The keyword as typed (for casing checks). */
  typed: string;
  /** 1-based. */
  line: number;
  column: number;
  endLine: number;
  /** Arguments with continuation lines joined, heredoc bodies removed. */
  args: string;
  /** `--name=value` flags before the arguments (`COPY --from=build`). */
  flags: Record<string, string>;
  /** Whitespace-separated words after the flags. */
  words: string[];
  /** Exec form: the JSON array, when the arguments parse as one. */
  json: string[] | null;
  heredocs: Heredoc[];
  /** The instruction as written. */
  source: string;
}

export interface ParsedDockerfile {
  instructions: Instr[];
  directives: Record<string, string>;
  escape: string;
}

export function parseDockerfile(text: string): ParsedDockerfile {
  const doc = DockerfileParser.parse(text);
  const lines = text.split(/\r?\n/);
  const directives: Record<string, string> = {};
  for (const d of doc.getDirectives()) directives[d.getName().toLowerCase()] = d.getValue() ?? '';
  const instructions = doc.getInstructions().map((ins): Instr => {
    const range = ins.getRange();
    const raw = ins.getArgumentsContent() ?? '';
    const { args, heredocs } = splitHeredocs(raw);
    const { flags, rest } = leadingFlags(args);
    // COPY, FROM, RUN, HEALTHCHECK…: the parser keeps their `--flags` apart from the arguments.
    const own = (ins as { getFlags?: () => { getName(): string; getValue(): string | null }[] }).getFlags?.() ?? [];
    for (const f of own) flags[f.getName()] = f.getValue() ?? 'true';
    return {
      keyword: ins.getKeyword().toUpperCase(),
      typed: ins.getInstruction(),
      line: range.start.line + 1,
      column: range.start.character + 1,
      endLine: range.end.line + 1,
      args: rest,
      flags,
      words: rest.split(/\s+/).filter(Boolean),
      json: parseJsonArray(rest),
      heredocs,
      source: lines.slice(range.start.line, range.end.line + 1).join('\n'),
    };
  });
  return { instructions, directives, escape: doc.getEscapeCharacter() };
}

/** Docker's rule: the exec form is used only when the text is a JSON array of strings; otherwise it is shell form. */
export function parseJsonArray(s: string): string[] | null {
  const t = s.trim();
  if (!t.startsWith('[')) return null;
  try {
    const v: unknown = JSON.parse(t);
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : null;
  } catch {
    return null;
  }
}

function leadingFlags(args: string): { flags: Record<string, string>; rest: string } {
  const flags: Record<string, string> = {};
  let rest = args.trimStart();
  for (;;) {
    const m = /^--([a-z][a-z-]*)(?:=(\S*))?(?:\s+|$)/.exec(rest);
    if (!m) break;
    flags[m[1]!] = m[2] ?? 'true';
    rest = rest.slice(m[0].length);
  }
  return { flags, rest: rest.trim() };
}

const HEREDOC_START = /<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;

/** Heredocs (`RUN <<EOF … EOF`) only count on the first line of an instruction, as in BuildKit. */
function splitHeredocs(raw: string): { args: string; heredocs: Heredoc[] } {
  const nl = raw.indexOf('\n');
  if (nl < 0 || !raw.includes('<<')) return { args: raw, heredocs: [] };
  const first = raw.slice(0, nl);
  const starts = [...first.matchAll(HEREDOC_START)];
  if (!starts.length) return { args: raw, heredocs: [] };
  const bodyLines = raw.slice(nl + 1).split('\n');
  const heredocs: Heredoc[] = [];
  let at = 0;
  for (const s of starts) {
    const stripTabs = s[1] === '-';
    const name = s[3] ?? '';
    const body: string[] = [];
    while (at < bodyLines.length) {
      const l = bodyLines[at++] ?? '';
      if ((stripTabs ? l.replace(/^\t+/, '') : l) === name) break;
      body.push(stripTabs ? l.replace(/^\t+/, '') : l);
    }
    heredocs.push({ name, stripTabs, body: body.join('\n') });
  }
  return { args: first, heredocs };
}
