/**
 * The facts about the docker and docker compose command lines
 * (content/reference/docker-cli.json), checked and indexed so that a command can
 * be found by its name or any alias, and a flag by its long name or shorthand.
 * Pure: no file system, no DOM. The file is passed in by the caller.
 *
 * Quirks of the file handled here, so that nothing downstream has to know them:
 * - `docker compose convert` lists `docker compose config` as an alias, while
 *   `docker compose config` is also a command of its own: a real command always
 *   wins over an alias of another one.
 * - Global options are the options of the pseudo-commands `docker` and
 *   `docker compose`; compose subcommands already list the one they inherit
 *   (`--dry-run`).
 */
import { parseUsage, type UsageArg } from './usage.ts';

/** One option in docker-cli.json. */
export interface CliOption {
  long: string;
  short: string | null;
  type: string;
  default: string | null;
}

/** One command in docker-cli.json. */
export interface CliCommand {
  command: string;
  aliases: string[];
  usage: string | null;
  options: CliOption[];
}

/** The shape of docker-cli.json. */
export interface CliFacts {
  about?: string;
  sources?: Record<string, string>;
  commands: CliCommand[];
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

// A hand-written check rather than a zod schema: this module also runs in the
// browser (the explainer), where a validation library would double its size.
function checkFacts(raw: unknown): string | undefined {
  if (!isObject(raw) || !Array.isArray(raw.commands) || raw.commands.length === 0) return 'commands: expected a non-empty list';
  for (const [i, c] of raw.commands.entries()) {
    const at = `commands.${i}`;
    if (!isObject(c)) return `${at}: expected an object`;
    if (!isString(c.command) || !c.command.startsWith('docker')) return `${at}.command: expected a string starting with "docker"`;
    if (!Array.isArray(c.aliases) || !c.aliases.every(isString)) return `${at}.aliases: expected a list of strings`;
    if (c.usage !== null && !isString(c.usage)) return `${at}.usage: expected a string or null`;
    if (!Array.isArray(c.options)) return `${at}.options: expected a list`;
    for (const [j, o] of c.options.entries()) {
      const oat = `${at}.options.${j}`;
      if (!isObject(o) || !isString(o.long) || !o.long.startsWith('--')) return `${oat}.long: expected a string starting with "--"`;
      if (o.short !== null && !(isString(o.short) && o.short.startsWith('-'))) return `${oat}.short: expected null or a string starting with "-"`;
      if (!isString(o.type) || !o.type) return `${oat}.type: expected a value type`;
      if (o.default !== null && !isString(o.default)) return `${oat}.default: expected null or a string`;
    }
  }
  return undefined;
}

/** One flag of one command, as the facts state it. */
export interface RefFlag {
  /** Long name with dashes, e.g. `--publish`. */
  long: string;
  /** Shorthand with its dash, e.g. `-p`, when there is one. */
  short?: string;
  /** Value type from Docker's docs: `bool`, `string`, `list`, `int`… */
  type: string;
  /** Default value as Docker prints it, when there is one. */
  default?: string;
  /** Every type except `bool` consumes a value (the next word or `=value`). */
  takesValue: boolean;
}

/** One command of the facts, indexed. */
export interface RefCommand {
  /** Canonical name, e.g. `docker container ls`. */
  name: string;
  /** Other names that run it (`docker ps`), minus any that is a command of its own. */
  aliases: string[];
  /** Usage line (first line only when the facts give several). */
  usage?: string;
  flags: RefFlag[];
  byLong: ReadonlyMap<string, RefFlag>;
  byShort: ReadonlyMap<string, RefFlag>;
  /** Positional arguments, in order, as the usage line names them. */
  args: UsageArg[];
}

/** The indexed facts. */
export interface Reference {
  commands: readonly RefCommand[];
  /** Finds a command by canonical name or alias (`docker ps`). */
  find(name: string): RefCommand | undefined;
  /** Whether other commands extend `name` (`docker image`, `docker compose`, `docker compose alpha`). */
  isGroup(name: string): boolean;
  /** Subcommands directly under a group, e.g. `docker image` → `docker image ls`, … */
  children(group: string): RefCommand[];
  /** All names (canonical and aliases) that resolve to a command. */
  names(): string[];
  /** Where each source file came from (`docker/cli` → commit). */
  sources: Record<string, string>;
}

function toFlag(o: CliOption): RefFlag {
  const flag: RefFlag = { long: o.long, type: o.type, takesValue: o.type !== 'bool' };
  if (o.short) flag.short = o.short;
  if (o.default !== null) flag.default = o.default;
  return flag;
}

/**
 * Validates and indexes the facts. Throws an Error naming what is wrong when
 * the file does not have the expected shape.
 */
export function buildReference(raw: unknown): Reference {
  const problem = checkFacts(raw);
  if (problem) throw new Error(`docker-cli.json: ${problem}`);
  const data = raw as CliFacts;
  const canonical = new Set(data.commands.map((c) => c.command));
  const commands: RefCommand[] = data.commands.map((c) => {
    const flags = c.options.map(toFlag);
    const usage = c.usage?.split('\n')[0]?.trim() || undefined;
    return {
      name: c.command,
      aliases: c.aliases.filter((a) => !canonical.has(a)),
      ...(usage ? { usage } : {}),
      flags,
      byLong: new Map(flags.map((f) => [f.long, f])),
      byShort: new Map(flags.flatMap((f) => (f.short ? [[f.short, f] as const] : []))),
      args: usage ? parseUsage(usage, c.command) : [],
    };
  });

  const byName = new Map<string, RefCommand>();
  for (const c of commands) byName.set(c.name, c);
  for (const c of commands) for (const a of c.aliases) if (!byName.has(a)) byName.set(a, c);

  // A group is any name that other commands extend by one or more words:
  // `docker image`, `docker compose`, `docker compose alpha`.
  const children = new Map<string, RefCommand[]>();
  for (const c of commands) {
    const words = c.name.split(' ');
    for (let n = 1; n < words.length; n++) {
      const prefix = words.slice(0, n).join(' ');
      const list = children.get(prefix) ?? [];
      if (n === words.length - 1) list.push(c);
      children.set(prefix, list);
    }
  }

  return {
    commands,
    find: (name) => byName.get(name),
    isGroup: (name) => children.has(name),
    children: (group) => children.get(group) ?? [],
    names: () => [...byName.keys()],
    sources: data.sources ?? {},
  };
}

/**
 * The slug of a command page: the canonical name without `docker`, spaces as
 * dashes (`docker container run` → `container-run`). The bare `docker` command
 * (its global options) is `docker`.
 */
export function commandSlug(command: string): string {
  const rest = command.trim().replace(/^docker(\s+|$)/, '');
  return rest ? rest.split(/\s+/).join('-') : 'docker';
}
