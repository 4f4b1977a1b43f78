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
  /** Missing in the compact copy when there is none. */
  short?: string | null;
  type: string;
  default?: string | null;
  /** Defined but left out of `--help`. */
  hidden?: boolean;
  /** Docker's deprecation message, or true when it gives none. */
  deprecated?: string | boolean;
  /** The visible flag this hidden one is another spelling of (`--net` → `--network`). */
  aliasOf?: string;
  /** A persistent flag of a parent command. */
  inherited?: boolean;
}

/** One command in docker-cli.json (fields the explainer does not use are allowed and ignored). */
export interface CliCommand {
  command: string;
  aliases: string[];
  usage: string | null;
  options: CliOption[];
  /** false: options are read only before the first positional argument. */
  interspersed?: boolean;
  /** `buildkit` for `docker buildx build`, which `docker build` runs by default. */
  flagSet?: string;
  deprecated?: string | boolean;
  hidden?: boolean;
  /** The CLI plugin that provides the command (`compose`, `buildx`, `scout`…). */
  plugin?: string;
}

/** The shape of docker-cli.json. */
export interface CliFacts {
  about?: string;
  sources?: Record<string, unknown>;
  commands: CliCommand[];
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isMark = (v: unknown) => v === undefined || typeof v === 'boolean' || isString(v);

function checkOption(o: unknown, oat: string): string | undefined {
  if (!isObject(o) || !isString(o.long) || !o.long.startsWith('--')) return `${oat}.long: expected a string starting with "--"`;
  if (o.short != null && !(isString(o.short) && o.short.startsWith('-')))
    return `${oat}.short: expected null or a string starting with "-"`;
  if (!isString(o.type) || !o.type) return `${oat}.type: expected a value type`;
  if (o.default !== null && o.default !== undefined && !isString(o.default)) return `${oat}.default: expected null or a string`;
  if (!isMark(o.deprecated)) return `${oat}.deprecated: expected true or a message`;
  if (o.aliasOf !== undefined && !(isString(o.aliasOf) && o.aliasOf.startsWith('--')))
    return `${oat}.aliasOf: expected a flag name starting with "--"`;
  return undefined;
}

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
    if (c.interspersed !== undefined && typeof c.interspersed !== 'boolean') return `${at}.interspersed: expected true or false`;
    if (!Array.isArray(c.options)) return `${at}.options: expected a list`;
    for (const [j, o] of c.options.entries()) {
      const problem = checkOption(o, `${at}.options.${j}`);
      if (problem) return problem;
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
  hidden?: boolean;
  deprecated?: string | true;
  aliasOf?: string;
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
  /** false: Docker stops reading options at the first positional argument (`run`, `exec`…). */
  interspersed: boolean;
  /** `buildkit` when the flags are those of BuildKit's `docker buildx build`. */
  flagSet?: string;
  deprecated?: string | true;
  plugin?: string;
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
  /** Where each source file came from (`docker/cli` → tag and commit). */
  sources: Record<string, unknown>;
}

function toFlag(o: CliOption): RefFlag {
  const flag: RefFlag = { long: o.long, type: o.type, takesValue: o.type !== 'bool' };
  if (o.short) flag.short = o.short;
  if (o.default !== null && o.default !== undefined) flag.default = o.default;
  if (o.hidden) flag.hidden = true;
  if (o.deprecated) flag.deprecated = o.deprecated === true ? true : String(o.deprecated);
  if (o.aliasOf) flag.aliasOf = o.aliasOf;
  return flag;
}

/** Only what the explainer reads: the browser gets this, not the whole file with its sources and notes. */
export function compactFacts(raw: CliFacts): CliFacts {
  const keep = <T extends object>(o: T, keys: readonly string[]) =>
    Object.fromEntries(Object.entries(o).filter(([k, v]) => keys.includes(k) && v !== undefined && v !== null && v !== false)) as T;
  return {
    commands: raw.commands.map((c) => ({
      ...keep(c, ['command', 'aliases', 'interspersed', 'flagSet', 'deprecated', 'plugin']),
      interspersed: c.interspersed,
      usage: c.usage?.split('\n')[0] ?? null,
      options: c.options.map((o) => keep(o, ['long', 'short', 'type', 'default', 'hidden', 'deprecated', 'aliasOf'])),
    })) as CliCommand[],
  };
}

/**
 * Validates and indexes the facts. Throws an Error naming what is wrong when
 * the file does not have the expected shape.
 */
export function buildReference(raw: unknown): Reference {
  const problem = checkFacts(raw);
  if (problem) throw new Error(`docker-cli.json: ${problem}`);
  return indexFacts(raw as CliFacts);
}

/**
 * Indexes facts that are known to be well formed: the packed copy the browser
 * reads was checked when the build made it, so the page skips the check (and
 * its code).
 */
export function indexFacts(data: CliFacts): Reference {
  const canonical = new Set(data.commands.map((c) => c.command));
  const commands: RefCommand[] = data.commands.map((c) => {
    const flags = c.options.map(toFlag);
    const usage = c.usage?.split('\n')[0]?.trim() || undefined;
    const cmd: RefCommand = {
      name: c.command,
      aliases: c.aliases.filter((a) => !canonical.has(a)),
      ...(usage ? { usage } : {}),
      flags,
      byLong: new Map(flags.map((f) => [f.long, f])),
      byShort: new Map(flags.flatMap((f) => (f.short ? [[f.short, f] as const] : []))),
      args: usage ? parseUsage(usage, c.command) : [],
      interspersed: c.interspersed !== false,
    };
    if (c.flagSet) cmd.flagSet = c.flagSet;
    if (c.deprecated) cmd.deprecated = c.deprecated === true ? true : String(c.deprecated);
    if (c.plugin) cmd.plugin = c.plugin;
    return cmd;
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
