/**
 * The explain page's one JSON data block: the CLI facts in their compact pack
 * (facts-pack.ts) and our command docs without what the facts already say (a
 * usage line equal to the facts' one, a slug equal to the command's own).
 * Reading it gives back exactly the ExplainData the build would make from the
 * full files, so an explanation in the browser is the one the tests check.
 * Pure: no DOM.
 */
import type { CommandDoc, ExplainData } from './explain-model.ts';
import { packFacts, unpackFacts, type FactsPack } from './facts-pack.ts';
import { buildReference, commandSlug, indexFacts, type CliFacts, type Reference } from './reference.ts';

/**
 * `[command, short, flags, usage?, slug?]`: the command without `docker `;
 * flags as one flat list, long name without `--` then its description; usage
 * `0` when it is the facts' own, `null` when the doc has none; slug left out
 * when it is commandSlug's.
 */
export type PackedDoc =
  [string, string, string[]] | [string, string, string[], string | 0 | null] | [string, string, string[], string | 0 | null, string];

/** Docs first: they compress a little better ahead of the facts. */
export interface ExplainBlock {
  docs: PackedDoc[];
  facts: FactsPack;
}

const factsUsage = (reference: Reference, command: string) => {
  const found = reference.find(command);
  return found?.name === command ? found.usage : undefined;
};

export function packDoc(doc: CommandDoc, reference: Reference): PackedDoc {
  const name = doc.command.replace(/^docker ?/, '');
  if (`docker ${name}`.trim() !== doc.command) throw new Error(`explain data: cannot pack the command "${doc.command}"`);
  const flags = Object.entries(doc.flags).flatMap(([long, text]) => {
    if (!long.startsWith('--')) throw new Error(`explain data: ${doc.command}: flag "${long}" does not start with --`);
    return [long.slice(2), text];
  });
  const usage = doc.usage !== undefined && doc.usage === factsUsage(reference, doc.command) ? 0 : (doc.usage ?? null);
  if (doc.slug !== commandSlug(doc.command)) return [name, doc.short, flags, usage, doc.slug];
  return usage === 0 ? [name, doc.short, flags] : [name, doc.short, flags, usage];
}

export function unpackDoc([name, short, flags, usage = 0, slug]: PackedDoc, reference: Reference): CommandDoc {
  const command = name ? `docker ${name}` : 'docker';
  const full = usage === 0 ? factsUsage(reference, command) : usage;
  return {
    slug: slug ?? commandSlug(command),
    command,
    short,
    ...(full != null ? { usage: full } : {}),
    flags: Object.fromEntries(flags.flatMap((long, i) => (i % 2 ? [] : [[`--${long}`, flags[i + 1] ?? '']]))),
  };
}

/** The block for the page, from docker-cli.json and our docs (toCommandDoc). */
export function packExplainData(facts: CliFacts, docs: readonly CommandDoc[]): ExplainBlock {
  const reference = buildReference(facts);
  return { docs: docs.map((d) => packDoc(d, reference)), facts: packFacts(facts) };
}

/**
 * ExplainData from the block; docs keyed by the command the facts call
 * canonical. The facts were checked when the build packed them; a block that
 * is not one at all throws.
 */
export function readExplainData(block: ExplainBlock): ExplainData {
  if (!block || typeof block !== 'object') throw new Error('explain data: expected { facts, docs }');
  const reference = indexFacts(unpackFacts(block.facts));
  if (!Array.isArray(block.docs)) throw new Error('explain data: docs: expected a list');
  const docs = block.docs.map((d) => unpackDoc(d, reference));
  return { reference, docs: new Map(docs.map((d) => [reference.find(d.command)?.name ?? d.command, d])) };
}
