/**
 * Parses docker command lines the way the CLI's cobra/pflag stack does, with
 * the flag tables of content/reference/docker-cli.json (read in its compact
 * pack, src/lib/commands/facts-pack.ts, kept by parts.ts's PartRegistry, so
 * the browser never loads the whole file), and words its errors exactly like the client (cli/required.go,
 * pflag's flag.go).
 */
import type { CliOption } from '../commands/reference.ts';

type FactOption = CliOption;

/** One command's facts, as the parser reads them (parts.ts keeps them by path). */
export interface CommandSpec {
  /** Canonical path, e.g. `docker container run`. */
  path: string;
  usage: string;
  options: FactOption[];
}

export interface Parsed {
  /** Flag values by long name (without dashes); repeated flags collect in order. */
  flags: Map<string, string[]>;
  args: string[];
  help: boolean;
}

export class UsageError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number) {
    super(message);
    this.exitCode = exitCode;
  }
}

/**
 * The path cobra names: a top-level alias (`docker ps`) is its own command in
 * the CLI; a sub-command alias (`docker container ps`) prints the canonical name.
 */
export function shownPath(typedPath: string, spec: CommandSpec): string {
  return typedPath.split(' ').length === 2 ? typedPath : spec.path;
}

/** The usage line as cobra prints it for the path the user typed. */
export function useLine(typedPath: string, spec: CommandSpec): string {
  const first = spec.usage.split('\n')[0] ?? spec.usage;
  const rest = first.startsWith(spec.path) ? first.slice(spec.path.length) : '';
  const path = shownPath(typedPath, spec);
  // cp has a two-line Use; the facts table keeps only the first.
  if (spec.path === 'docker container cp') return `${path}${rest}\n\t${path} [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH`;
  return path + rest;
}

/** Error text for a flag problem: the message, the usage line, a pointer to --help; exit 125. */
export function flagError(message: string, typedPath: string, spec: CommandSpec): UsageError {
  const path = shownPath(typedPath, spec);
  return new UsageError(`${message}\n\nUsage:  ${useLine(typedPath, spec)}\n\nRun '${path} --help' for more information\n`, 125);
}

const TRUE = /^(1|t|T|true|TRUE|True)$/;
const BOOL = /^(1|0|t|f|T|F|true|false|TRUE|FALSE|True|False)$/;

function optName(opt: FactOption): string {
  return opt.short ? `${opt.short}, ${opt.long}` : opt.long;
}

/**
 * pflag parsing. `interspersed: false` stops at the first positional argument
 * (run, create, exec do this, so `docker exec web -it bash` runs `-it`).
 */
export function parseFlags(words: string[], typedPath: string, spec: CommandSpec, interspersed: boolean): Parsed {
  const flags = new Map<string, string[]>();
  const args: string[] = [];
  let help = false;
  const set = (name: string, value: string) => {
    const list = flags.get(name);
    if (list) list.push(value);
    else flags.set(name, [value]);
  };
  const byLong = (name: string) => spec.options.find((o) => o.long === `--${name}`);
  const byShort = (ch: string) => spec.options.find((o) => o.short === `-${ch}`);
  const badBool = (v: string, opt: FactOption) =>
    flagError(`invalid argument "${v}" for "${optName(opt)}" flag: strconv.ParseBool: parsing "${v}": invalid syntax`, typedPath, spec);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (w === '--') {
      args.push(...words.slice(i + 1));
      break;
    }
    if (w.startsWith('--') && w.length > 2) {
      const eq = w.indexOf('=');
      const name = eq < 0 ? w.slice(2) : w.slice(2, eq);
      if (name === 'help') {
        const v = eq < 0 ? 'true' : w.slice(eq + 1);
        if (!BOOL.test(v))
          throw flagError(
            `invalid argument "${v}" for "${byShort('h') ? '--help' : '-h, --help'}" flag: strconv.ParseBool: parsing "${v}": invalid syntax`,
            typedPath,
            spec,
          );
        help = help || TRUE.test(v);
        continue;
      }
      const opt = byLong(name);
      if (!opt) throw flagError(`unknown flag: --${name}`, typedPath, spec);
      if (opt.type === 'bool') {
        const v = eq < 0 ? 'true' : w.slice(eq + 1);
        if (!BOOL.test(v)) throw badBool(v, opt);
        set(name, TRUE.test(v) ? 'true' : 'false');
      } else if (eq >= 0) set(name, w.slice(eq + 1));
      else if (i + 1 < words.length) set(name, words[++i] as string);
      else throw flagError(`flag needs an argument: --${name}`, typedPath, spec);
      continue;
    }
    if (w.startsWith('-') && w.length > 1) {
      for (let k = 1; k < w.length; k++) {
        const ch = w[k] as string;
        // run and create use -h for --hostname; everywhere else it is --help.
        if (ch === 'h' && !byShort('h')) {
          help = true;
          continue;
        }
        const opt = byShort(ch);
        if (!opt) throw flagError(`unknown shorthand flag: '${ch}' in -${w.slice(k)}`, typedPath, spec);
        const name = opt.long.slice(2);
        if (opt.type === 'bool') {
          if (w[k + 1] === '=') {
            const v = w.slice(k + 2);
            if (!BOOL.test(v)) throw badBool(v, opt);
            set(name, TRUE.test(v) ? 'true' : 'false');
            break;
          }
          set(name, 'true');
          continue;
        }
        if (k + 1 < w.length) set(name, w.slice(w[k + 1] === '=' ? k + 2 : k + 1));
        else if (i + 1 < words.length) set(name, words[++i] as string);
        else throw flagError(`flag needs an argument: '${ch}' in -${ch}`, typedPath, spec);
        break;
      }
      continue;
    }
    args.push(w);
    if (!interspersed) {
      args.push(...words.slice(i + 1));
      break;
    }
  }
  return { flags, args, help };
}

export type ArgRule = ['none'] | ['exact' | 'min' | 'max', number] | ['range', number, number];

/** Positional-argument checks (cli/required.go); exit status 1. */
export function checkArgs(rule: ArgRule, args: string[], typedPath: string, spec: CommandSpec): void {
  const path = shownPath(typedPath, spec);
  const tail = (word: string) => `\n\nUsage:  ${useLine(typedPath, spec)}\n\n${word} '${path} --help' for more information\n`;
  const plural = (n: number) => (n === 1 ? 'argument' : 'arguments');
  const n = args.length;
  const [kind, a = 0, b = 0] = rule;
  let msg: string | undefined;
  if (kind === 'none' && n > 0) msg = `docker: '${path}' accepts no arguments${tail('Run')}`;
  if (kind === 'exact' && n !== a) msg = `docker: '${path}' requires ${a} ${plural(a)}${tail('Run')}`;
  if (kind === 'min' && n < a) msg = `docker: '${path}' requires at least ${a} ${plural(a)}${tail('See')}`;
  if (kind === 'max' && n > a) msg = `docker: '${path}' requires at most ${a} ${plural(a)}${tail('Run')}`;
  if (kind === 'range' && (n < a || n > b)) msg = `docker: '${path}' requires at least ${a} and at most ${b} ${plural(b)}${tail('Run')}`;
  if (msg) throw new UsageError(msg, 1);
}

export function flag(p: Parsed, name: string): string | undefined {
  const v = p.flags.get(name);
  return v ? v[v.length - 1] : undefined;
}
export function flagAll(p: Parsed, name: string): string[] {
  return p.flags.get(name) ?? [];
}
export function flagBool(p: Parsed, name: string): boolean {
  return flag(p, name) === 'true';
}
