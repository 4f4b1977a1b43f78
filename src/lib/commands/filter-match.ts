/**
 * Why a command matched the cheat-sheet filter, so the page can show it: the
 * flags a query named (`-p` is `--publish` for `docker run`, `--password` for
 * `docker login`, `--project-name` for `docker compose`) or whose description
 * holds its words, and the words to mark in the visible text. Pure.
 */
import { matches, parseQuery, words, type FilterIndex, type Prepared, type Term } from './filter.ts';

type Flag = Prepared['flags'][number];

/** What made one command match. */
export interface MatchReason {
  /** Flags the query named or described, in the command's flag order. */
  flags: Flag[];
  /** Lower-case words to mark where they start a word of the visible text. */
  words: string[];
  /** Words of a command's name the query named (`ps`): marked in names only, not in "pseudo". */
  names: string[];
  /** Flags (`-p`, `--publish`) to mark where they appear whole. */
  marks: string[];
}

function startsWord(text: string, value: string): boolean {
  return words(text).some((w) => w.startsWith(value));
}

/** The flags of `e` that term `t` points at, and the text to mark for it. */
function reasonFor(e: Prepared, t: Term, out: MatchReason): void {
  const add = (f: Flag) => {
    if (!out.flags.includes(f)) out.flags.push(f);
  };
  if (t.kind === 'word') {
    if (t.name) {
      out.names.push(t.value);
      return;
    }
    out.words.push(t.value);
    for (const f of e.flags) if (startsWord(`${f.long} ${f.description ?? ''}`, t.value)) add(f);
    return;
  }
  if (t.kind === 'long') {
    for (const f of e.flags) {
      if (t.exact ? f.long === t.value : f.long.startsWith(t.value)) {
        add(f);
        out.marks.push(f.long);
      }
    }
    return;
  }
  const byShort = [...t.letters].map((ch) => e.flags.find((f) => f.short === `-${ch}`));
  if (byShort.every(Boolean)) {
    for (const f of byShort as Flag[]) {
      add(f);
      out.marks.push(f.short!);
    }
    return;
  }
  const long = e.flags.find((f) => f.long.startsWith(`--${t.letters.toLowerCase()}`));
  if (long) {
    add(long);
    out.marks.push(long.long);
  }
}

/** For each command that matches `query`, why it did. Empty for an empty query. */
export function matchReasons(index: FilterIndex, query: string): Map<string, MatchReason> {
  const terms = parseQuery(query, index);
  const out = new Map<string, MatchReason>();
  if (terms.length === 0) return out;
  for (const e of index.entries) {
    if (!terms.every((t) => matches(e, t))) continue;
    const reason: MatchReason = { flags: [], words: [], names: [], marks: [] };
    for (const t of terms) reasonFor(e, t, reason);
    out.set(e.id, reason);
  }
  return out;
}

/** A run of text, marked or not. */
export interface Segment {
  text: string;
  mark: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits `text` into runs, marking each place where one of `wordStarts`
 * begins a word (case-insensitive) and each whole occurrence of a flag in
 * `flags` (`-p` but not the `-p` inside `--publish`).
 */
export function markText(text: string, wordStarts: readonly string[], flags: readonly string[] = []): Segment[] {
  const parts = [
    ...wordStarts.filter(Boolean).map((w) => `(?<![A-Za-z0-9])${escape(w)}`),
    ...flags.filter(Boolean).map((f) => `(?<![A-Za-z0-9-])${escape(f)}(?![A-Za-z0-9-])`),
  ];
  if (parts.length === 0 || !text) return text ? [{ text, mark: false }] : [];
  const re = new RegExp(parts.sort((a, b) => b.length - a.length).join('|'), 'gi');
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m[0] === '') continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index), mark: false });
    out.push({ text: m[0], mark: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), mark: false });
  return out;
}
