/**
 * Turns validated command files into the small shapes the tools need: the
 * explainer's CommandDoc and the cheat-sheet filter's FilterEntry. Pages
 * serialise these into JSON data blocks, so they stay small. Pure.
 */
import type { CommandDoc } from './explain-model.ts';
import type { FilterEntry } from './filter.ts';
import { COMMAND_GROUPS } from './groups.ts';
import type { Command } from './schema.ts';
import { commandSlug, type Reference } from './reference.ts';

/** A command file with its slug (the collection entry id). */
export interface CommandEntry {
  id: string;
  data: Command;
}

/** What the explainer needs from one command file. */
export function toCommandDoc({ id, data }: CommandEntry): CommandDoc {
  return {
    slug: id,
    command: data.command,
    short: data.short,
    usage: data.usage,
    flags: Object.fromEntries(data.options.map((o) => [`--${o.option}`, o.description])),
  };
}

/**
 * The explainer's docs map, keyed by the canonical command of the facts: our
 * page about `docker image build` explains `docker buildx build`, which that
 * name runs by default.
 */
export function commandDocs(entries: readonly CommandEntry[], reference?: Reference): Map<string, CommandDoc> {
  return new Map(entries.map((e) => [reference?.find(e.data.command)?.name ?? e.data.command, toCommandDoc(e)]));
}

/**
 * The page slug for a canonical command: the page that documents it under any
 * of its names (`image-build` for `docker buildx build`), else its own slug.
 */
export function pageSlugOf(entries: readonly CommandEntry[], reference: Reference): (canonical: string) => string {
  const pages = new Map(entries.map((e) => [reference.find(e.data.command)?.name ?? e.data.command, e.id]));
  return (canonical) => pages.get(canonical) ?? commandSlug(canonical);
}

/** What the cheat-sheet filter needs from one command file. */
export function toFilterEntry({ id, data }: CommandEntry): FilterEntry {
  return {
    id,
    command: data.command,
    aliases: data.aliases,
    summary: data.short,
    flags: data.options.map((o) => ({
      long: `--${o.option}`,
      ...(o.shorthand ? { short: `-${o.shorthand}` } : {}),
      description: o.description,
    })),
  };
}

/** First sentence of a description, for the compact cheat sheet. */
export function firstSentence(text: string): string {
  const m = /^.*?[.!?](?=\s+[A-Z`(]|$)/s.exec(text.trim());
  return (m ? m[0] : text).trim();
}

/** Commands in cheat-sheet order: by group, then by name. */
export function sortCommands<T extends CommandEntry>(entries: readonly T[]): T[] {
  const rank = (e: T) => COMMAND_GROUPS.indexOf(e.data.group);
  return [...entries].sort((a, b) => rank(a) - rank(b) || a.data.command.localeCompare(b.data.command));
}

/** Docker's own reference page for a command. */
export function dockerDocsUrl(command: string): string {
  return `https://docs.docker.com/reference/cli/${command.trim().split(/\s+/).join('/')}/`;
}

/**
 * JSON for a `<script type="application/json">` block: `<` is escaped so that no
 * text inside can close the script element or open a comment.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** Splits text written with `code` in backquotes into plain and code runs. */
export function splitCode(text: string): { code: boolean; text: string }[] {
  const out: { code: boolean; text: string }[] = [];
  text.split('`').forEach((run, i) => {
    if (run) out.push({ code: i % 2 === 1, text: run });
  });
  return out;
}
