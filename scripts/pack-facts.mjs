// Writes content/reference/docker-cli.pack.json: docker-cli.json in the compact
// encoding of src/lib/commands/facts-pack.ts, which the engine model and the
// explainers load in the browser. One command per line, so a change to the
// facts shows as a readable diff. Run after replacing docker-cli.json:
//   npm run facts:pack
import { readFileSync, writeFileSync } from 'node:fs';
import { packFacts } from '../src/lib/commands/facts-pack.ts';
import { buildReference } from '../src/lib/commands/reference.ts';

export const FACTS = 'content/reference/docker-cli.json';
export const PACK = 'content/reference/docker-cli.pack.json';

/** The pack file's text for the facts file's text (checks the facts first). */
export function packText(factsText) {
  const raw = JSON.parse(factsText);
  buildReference(raw);
  const pack = packFacts(raw);
  return `{"v":${pack.v},"commands":[\n${pack.commands.map((c) => JSON.stringify(c)).join(',\n')}\n]}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = packText(readFileSync(FACTS, 'utf8'));
  writeFileSync(PACK, text);
  console.log(`facts:pack: wrote ${PACK} (${(text.length / 1024).toFixed(1)} KB) from ${FACTS}`);
}
