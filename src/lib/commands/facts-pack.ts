/**
 * One compact encoding of the CLI facts, shared by everything that runs in a
 * browser: the engine model's flag parser, the explain page and the practice
 * page's inline explainer. It holds exactly what `compactFacts` keeps, as
 * positional arrays with the `docker ` prefixes, the `--`/`-` of flag names,
 * the command name at the start of each usage line and every empty field left
 * out: about 60 % of the compact JSON's size and 80 % of its gzip size.
 *
 * content/reference/docker-cli.pack.json is this encoding of docker-cli.json,
 * written by `npm run facts:pack`; a unit test fails when the two drift apart.
 * Pure: no file system, no DOM.
 */
import { compactFacts, type CliCommand, type CliFacts, type CliOption } from './reference.ts';

/**
 * A flag: its long name alone when it is a bool with nothing else to say,
 * else `[long, short, type, default, hidden, deprecated, aliasOf]` without
 * the trailing empty fields. Names lose their dashes; `''` is no shorthand
 * and the type `bool`; `'!'` is a bool whose default is `"false"` (340 of
 * Compose's and the plugins' flags); `0` is no default, not hidden, not
 * deprecated, no alias; `1` is hidden or deprecated without a message.
 */
export type PackedOption = string | (string | number)[];

/** Marks a command has only now and then. */
export interface PackedMarks {
  /** 0: options end at the first positional argument (`interspersed: false`). */
  i?: 0;
  s?: string;
  d?: string | 1;
  p?: string;
}

/**
 * `[name, aliases, usage, options, marks?]`: names without `docker `, aliases
 * joined by commas, the usage line after the command's name (or `=` and the
 * whole line when it does not start with the name), `null` for none.
 */
export type PackedCommand = [string, string, string | null, PackedOption[]] | [string, string, string | null, PackedOption[], PackedMarks];

export interface FactsPack {
  v: 1;
  commands: PackedCommand[];
}

function shortName(name: string, alias = false): string {
  if (name === 'docker' && !alias) return '';
  if (!name.startsWith('docker ') || name.includes(',')) throw new Error(`facts pack: cannot pack the command name "${name}"`);
  return name.slice('docker '.length);
}
const fullName = (short: string) => (short ? `docker ${short}` : 'docker');

function packUsage(command: string, usage: string | null | undefined): string | null {
  if (usage == null) return null;
  const tail = usage.startsWith(command) ? usage.slice(command.length) : undefined;
  return tail !== undefined && !tail.startsWith('=') ? tail : `=${usage}`;
}
const unpackUsage = (command: string, usage: string | null) =>
  usage === null ? null : usage.startsWith('=') ? usage.slice(1) : command + usage;

function packOption(o: CliOption): PackedOption {
  const fields: (string | number)[] = [
    o.long.slice(2),
    o.short ? o.short.slice(1) : '',
    o.type === 'bool' ? (o.default === 'false' ? '!' : '') : o.type,
    o.type === 'bool' && o.default === 'false' ? 0 : (o.default ?? 0),
    o.hidden ? 1 : 0,
    o.deprecated === true ? 1 : o.deprecated || 0,
    o.aliasOf ? o.aliasOf.slice(2) : 0,
  ];
  while (fields.length > 1 && (fields.at(-1) === 0 || fields.at(-1) === '')) fields.pop();
  return fields.length === 1 ? (fields[0] as string) : fields;
}

function unpackOption(p: PackedOption): CliOption {
  const [long, short = '', type = '', def = 0, hidden = 0, deprecated = 0, aliasOf = 0] = typeof p === 'string' ? [p] : p;
  const o: CliOption = { long: `--${long}`, type: type === '' || type === '!' ? 'bool' : String(type) };
  if (short !== '') o.short = `-${short}`;
  if (typeof def === 'string') o.default = def;
  else if (type === '!') o.default = 'false';
  if (hidden) o.hidden = true;
  if (deprecated) o.deprecated = deprecated === 1 ? true : String(deprecated);
  if (aliasOf) o.aliasOf = `--${aliasOf}`;
  return o;
}

/** Packs docker-cli.json (any shape `buildReference` accepts). Throws on a name it cannot pack. */
export function packFacts(raw: CliFacts): FactsPack {
  return {
    v: 1,
    commands: compactFacts(raw).commands.map((c): PackedCommand => {
      const row: PackedCommand = [
        shortName(c.command),
        c.aliases.map((a) => shortName(a, true)).join(','),
        packUsage(c.command, c.usage),
        c.options.map(packOption),
      ];
      const marks: PackedMarks = {};
      if (c.interspersed === false) marks.i = 0;
      if (c.flagSet) marks.s = c.flagSet;
      if (c.deprecated) marks.d = c.deprecated === true ? 1 : c.deprecated;
      if (c.plugin) marks.p = c.plugin;
      return Object.keys(marks).length ? [...row, marks] : row;
    }),
  };
}

/** The facts again, as `compactFacts` gives them. Throws when `pack` is not a facts pack. */
export function unpackFacts(pack: FactsPack): CliFacts {
  if (pack?.v !== 1 || !Array.isArray(pack.commands)) throw new Error('facts pack: expected { v: 1, commands: [...] }');
  return {
    commands: pack.commands.map(([name, aliases, usage, options, marks = {}]) => {
      const command = fullName(name);
      const c: CliCommand = {
        command,
        aliases: aliases ? aliases.split(',').map(fullName) : [],
        usage: unpackUsage(command, usage),
        options: options.map(unpackOption),
      };
      if (marks.i === 0) c.interspersed = false;
      if (marks.s) c.flagSet = marks.s;
      if (marks.d) c.deprecated = marks.d === 1 ? true : marks.d;
      if (marks.p) c.plugin = marks.p;
      return c;
    }),
  };
}
