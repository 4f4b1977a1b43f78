// The facts about the docker command line (content/reference/docker-cli.json),
// loaded once for the whole build: pages, the content loader's checks, the
// session transcripts and the explain page's packed copy all use this module.
import facts from '../../content/reference/docker-cli.json';
import { buildReference, type CliFacts } from '../lib/commands/reference';

/** docker-cli.json, indexed. */
export const reference = buildReference(facts);

/** The facts as docker-cli.json has them, typed, for the explain page's packed data block. */
export const cliFacts = facts as CliFacts;
