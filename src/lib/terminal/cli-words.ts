/**
 * The compact form of the CLI facts that Tab completion needs: command paths
 * and their flags, nothing else. The practice page builds it from the packed
 * facts the engine model already loads (content/reference/docker-cli.pack.json),
 * so the facts travel once.
 */
import { type FactsPack, unpackFacts } from '../commands/facts-pack.ts';
import { indexFacts, type Reference } from '../commands/reference.ts';

export interface CliWords {
  /** Words after `docker` (`container run`, `run`, `compose up`; `` for docker itself) → index in `flags`. */
  commands: Record<string, number>;
  /** Flag lists; a flag that takes a value ends with `=` (`--publish=`, `-p=`). */
  flags: string[][];
}

export function compactCli(reference: Reference): CliWords {
  const commands: Record<string, number> = {};
  const flags: string[][] = [];
  for (const command of reference.commands) {
    const list = command.flags.flatMap((f) => {
      const suffix = f.takesValue ? '=' : '';
      return f.short ? [f.long + suffix, f.short + suffix] : [f.long + suffix];
    });
    const index = flags.push(list) - 1;
    for (const name of [command.name, ...command.aliases]) {
      commands[name.replace(/^docker ?/, '')] = index;
    }
  }
  return { commands, flags };
}

/** The words from the packed facts (checked when they were packed). */
export function cliWordsFromPack(pack: FactsPack): CliWords {
  return compactCli(indexFacts(unpackFacts(pack)));
}

/** Flags of a command path, or [] when unknown. */
export function flagsOf(words: CliWords, path: string): string[] {
  const index = words.commands[path];
  return index === undefined ? [] : (words.flags[index] ?? []);
}

/** Subcommand words that follow `path` (`compose` → up, down, …). */
export function subcommandsOf(words: CliWords, path: string): string[] {
  const prefix = path ? `${path} ` : '';
  const next = new Set<string>();
  for (const name of Object.keys(words.commands)) {
    if (name && name.startsWith(prefix)) next.add(name.slice(prefix.length).split(' ')[0] ?? '');
  }
  return [...next].sort();
}
