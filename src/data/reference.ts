// The facts about the docker command line (content/reference/docker-cli.json),
// loaded once for the whole build: pages, the content loader's checks, the
// session transcripts and the explain page's packed copy all use this module.
import facts from '../../content/reference/docker-cli.json';
import pack from '../../content/reference/docker-cli.pack.json';
import { packFacts } from '../lib/commands/facts-pack';
import { buildReference, type CliFacts } from '../lib/commands/reference';

/** docker-cli.json, indexed. */
export const reference = buildReference(facts);

// The browser's engine and practice explainer read the packed copy: a build from facts it no longer
// matches would explain one thing on the pages and parse another in the terminal.
if (JSON.stringify(packFacts(facts as CliFacts)) !== JSON.stringify(pack)) {
  throw new Error('content/reference/docker-cli.pack.json does not match docker-cli.json: run npm run facts:pack');
}

/** The facts as docker-cli.json has them, typed, for the explain page's packed data block. */
export const cliFacts = facts as CliFacts;
