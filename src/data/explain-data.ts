// The explain page's data file: the CLI facts and our descriptions, packed
// (src/lib/commands/explain-data.ts), served at /explain/data.<hash>.json by
// src/pages/explain/data.[hash].json.ts and preloaded by the page. The name
// carries a hash of the content, so nginx lets browsers keep it for a year: a
// build with other data writes another name. Made once per build; uses
// astro:content (through getCommands), so it lives outside src/lib.
import { createHash } from 'node:crypto';
import { getCommands } from './commands';
import { cliFacts } from './reference';
import { toCommandDoc } from '../lib/commands/docs';
import { packExplainData } from '../lib/commands/explain-data';
import { explainDataPath } from '../lib/commands/explain-load';

export interface ExplainDataFile {
  /** The file's text. */
  json: string;
  hash: string;
  /** `/explain/data.<hash>.json` */
  url: string;
}

let file: Promise<ExplainDataFile> | undefined;

export function explainDataFile(): Promise<ExplainDataFile> {
  file ??= (async () => {
    const json = JSON.stringify(packExplainData(cliFacts, (await getCommands()).map(toCommandDoc)));
    const hash = createHash('sha256').update(json).digest('hex').slice(0, 10);
    return { json, hash, url: explainDataPath(hash) };
  })();
  return file;
}
