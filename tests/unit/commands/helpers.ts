/**
 * Shared fixtures for the command tests: the real facts file, the real command
 * files, and a compact way to look at an explanation's parts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { buildReference } from '../../../src/lib/commands/reference';
import { CommandSchema } from '../../../src/lib/commands/schema';
import { commandDocs, type CommandEntry } from '../../../src/lib/commands/docs';
import type { ExplainData, Explanation } from '../../../src/lib/commands/explain';

export const facts: unknown = JSON.parse(readFileSync('content/reference/docker-cli.json', 'utf8'));
export const reference = buildReference(facts);

/** Every content/commands/*.yaml file, parsed but not validated. */
export function commandFiles(): { file: string; slug: string; data: unknown }[] {
  return readdirSync('content/commands')
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((n) => ({
      file: `content/commands/${n}`,
      slug: n.replace(/\.yaml$/, ''),
      data: parse(readFileSync(`content/commands/${n}`, 'utf8')) as unknown,
    }));
}

/** The command files as validated entries (files that fail the schema are skipped here; data.test.ts reports them). */
export function commandEntries(): CommandEntry[] {
  return commandFiles().flatMap(({ slug, data }) => {
    const r = CommandSchema.safeParse(data);
    return r.success ? [{ id: slug, data: r.data }] : [];
  });
}

/** Explainer data with our docs, or with none (facts only). */
export function explainData(withDocs = true): ExplainData {
  return { reference, docs: withDocs ? commandDocs(commandEntries(), reference) : new Map() };
}

/** `[start, end, kind, label]` per part: the exact-span form the tables compare. */
export function spans(e: Explanation): [number, number, string, string][] {
  return e.parts.map((p) => [p.start, p.end, p.kind, p.label]);
}

/** Codes of the messages that are problems (errors and warnings). */
export function problems(e: Explanation): string[] {
  return e.messages.filter((m) => m.severity !== 'note').map((m) => m.code);
}
