/**
 * The cheat sheet's filter: narrows a list of commands as the learner types.
 * A query is split into terms and a command matches when every term does:
 * - `--rm`: a long flag of that name (or, while no flag has exactly that name,
 *   one starting with it: `--rem` finds `--remove-orphans`);
 * - `-p`: that shorthand (case matters: `-p` is not `-P`); `-it`: every letter
 *   is a shorthand of the command (combined flags);
 * - any other word: a word of the command's name or aliases (`rmi`,
 *   `docker ps`) when some command is named with it, so `ps` does not also
 *   find "pseudo-terminal"; otherwise the start of a word in the name, the
 *   summary, or the flags' names and descriptions (`environment variable`).
 * Pure. The index is built once; each query is then a few string searches per
 * command, fast enough for every command in docker-cli.json (bench/filter.mjs).
 */

/** What the filter knows about one command. */
export interface FilterEntry {
  /** Returned for matches: the row's slug. */
  id: string;
  command: string;
  aliases: readonly string[];
  summary: string;
  flags: readonly { long: string; short?: string; description?: string }[];
}

export interface Prepared {
  id: string;
  /** ` name words `, padded with spaces for whole-word tests. */
  names: string;
  /** ` word word …`: every word starts after a space, so `includes(' ' + term)` is a prefix test. */
  words: string;
  longs: string;
  longSet: Set<string>;
  shorts: Set<string>;
  /** The flags as given, to say which one matched. */
  flags: FilterEntry['flags'];
}

export interface FilterIndex {
  entries: Prepared[];
  /** Every long flag of every command, to choose exact or prefix matching. */
  allLongs: Set<string>;
  /** Every word of every command name and alias. */
  allNames: Set<string>;
}

const WORD_SPLIT = /[^a-z0-9]+/;

export function words(text: string): string[] {
  return text.toLowerCase().split(WORD_SPLIT).filter(Boolean);
}

/** Prepares entries for fast filtering. */
export function buildFilterIndex(entries: readonly FilterEntry[]): FilterIndex {
  const allLongs = new Set<string>();
  const allNames = new Set<string>();
  const prepared = entries.map((e) => {
    const names = new Set([e.command, ...e.aliases].flatMap(words));
    for (const w of names) allNames.add(w);
    const bag = new Set<string>();
    for (const text of [e.command, ...e.aliases, e.summary]) for (const w of words(text)) bag.add(w);
    for (const f of e.flags) {
      for (const w of words(`${f.long} ${f.description ?? ''}`)) bag.add(w);
      allLongs.add(f.long);
    }
    const longList = e.flags.map((f) => f.long);
    return {
      id: e.id,
      names: ` ${[...names].join(' ')} `,
      words: ` ${[...bag].join(' ')}`,
      longs: ` ${longList.join(' ')}`,
      longSet: new Set(longList),
      shorts: new Set(e.flags.flatMap((f) => (f.short ? [f.short] : []))),
      flags: e.flags,
    };
  });
  return { entries: prepared, allLongs, allNames };
}

export type Term =
  { kind: 'long'; value: string; exact: boolean } | { kind: 'short'; letters: string } | { kind: 'word'; value: string; name: boolean };

/** Splits a query into terms. A leading `$ ` prompt is ignored; `--flag=value` keeps the flag. */
export function parseQuery(
  query: string,
  index: Pick<FilterIndex, 'allLongs' | 'allNames'> = { allLongs: new Set(), allNames: new Set() },
): Term[] {
  const terms: Term[] = [];
  const cleaned = query.slice(0, 500).replace(/^\s*\$\s+/, '');
  for (const raw of cleaned.split(/\s+/)) {
    if (!raw) continue;
    if (/^--[A-Za-z0-9]/.test(raw)) {
      const value = raw.split('=')[0]!.toLowerCase();
      terms.push({ kind: 'long', value, exact: index.allLongs.has(value) });
    } else if (/^-[A-Za-z0-9]+$/.test(raw)) {
      terms.push({ kind: 'short', letters: raw.slice(1) });
    } else {
      for (const w of words(raw)) terms.push({ kind: 'word', value: w, name: index.allNames.has(w) });
    }
  }
  return terms;
}

export function matches(e: Prepared, t: Term): boolean {
  if (t.kind === 'word') return t.name ? e.names.includes(` ${t.value} `) : e.words.includes(` ${t.value}`);
  if (t.kind === 'long') return t.exact ? e.longSet.has(t.value) : e.longs.includes(` ${t.value}`);
  for (const ch of t.letters) {
    // `-rm` typed for `--rm`: a word of several letters may be a long flag with one dash.
    if (!e.shorts.has(`-${ch}`)) return t.letters.length > 1 && e.longs.includes(` --${t.letters.toLowerCase()}`);
  }
  return true;
}

/**
 * The ids of the entries matching `query`, in index order. An empty query
 * (or one with no usable term) matches everything.
 */
export function filterCommands(index: FilterIndex, query: string): string[] {
  const terms = parseQuery(query, index);
  if (terms.length === 0) return index.entries.map((e) => e.id);
  const out: string[] = [];
  for (const e of index.entries) if (terms.every((t) => matches(e, t))) out.push(e.id);
  return out;
}
