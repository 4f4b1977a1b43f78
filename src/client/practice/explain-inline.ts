/**
 * "Explain" inside the practice page: the site's explainer (src/lib/commands)
 * breaks a command line into its parts. Loaded on first use only, with the CLI
 * facts it needs, so the terminal itself stays small.
 */
export async function explainLine(line: string): Promise<string[]> {
  const [{ explain }, { buildReference }, facts] = await Promise.all([
    import('../../lib/commands/explain.ts'),
    import('../../lib/commands/reference.ts'),
    import('../../../content/reference/docker-cli.json'),
  ]);
  const result = explain(line, { reference: buildReference(facts.default), docs: new Map() });
  const out = result.parts
    .filter((p) => p.kind !== 'prompt')
    .map((p) => `${p.text}  ${p.label}${p.detail ? `: ${p.detail}` : ''}`.replace(/`/g, ''));
  for (const m of result.messages) out.push(`${m.severity === 'note' ? 'Note' : 'Problem'}: ${m.text.replace(/`/g, '')}`);
  return out;
}
