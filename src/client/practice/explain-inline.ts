/**
 * "Explain" inside the practice page: the site's explainer (src/lib/commands)
 * breaks a command line into its parts. This module is imported on first use
 * only; the CLI facts it reads are the engine's own packed copy (both halves,
 * src/lib/engine/lazy-engine.ts `allFacts()`), so nothing is downloaded twice.
 */
import { explain, type ExplainData } from '../../lib/commands/explain.ts';
import { readExplainData } from '../../lib/commands/explain-data.ts';
import type { FactsPack } from '../../lib/commands/facts-pack.ts';

let data: ExplainData | undefined;

export function explainLine(line: string, facts: FactsPack): string[] {
  data ??= readExplainData({ facts, docs: [] });
  const result = explain(line, data);
  const out = result.parts
    .filter((p) => p.kind !== 'prompt')
    .map((p) => `${p.text}  ${p.label}${p.detail ? `: ${p.detail}` : ''}`.replace(/`/g, ''));
  for (const m of result.messages) out.push(`${m.severity === 'note' ? 'Note' : 'Problem'}: ${m.text.replace(/`/g, '')}`);
  return out;
}
