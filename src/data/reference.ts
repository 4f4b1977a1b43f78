// The facts about the docker command line (content/reference/docker-cli.json),
// loaded once for the whole build: pages, the content loader's checks, the
// session transcripts and the explainer's compact copy all use this module.
import facts from '../../content/reference/docker-cli.json';
import { buildReference, compactFacts, type CliFacts } from '../lib/commands/reference';

/** docker-cli.json, indexed. */
export const reference = buildReference(facts);

/** Only what the explainer reads in the browser, for the page's JSON data block. */
export const explainerFacts = compactFacts(facts as CliFacts);
