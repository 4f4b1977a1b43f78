// The command reference for pages: the command files in cheat-sheet order and
// the indexed docker-cli.json facts. Uses astro:content, so it lives outside
// src/lib (the pure parts are in src/lib/commands/).
import { getCollection } from 'astro:content';
import facts from '../../content/reference/docker-cli.json';
import { buildReference } from '../lib/commands/reference';
import { sortCommands } from '../lib/commands/docs';

/** docker-cli.json, indexed. */
export const reference = buildReference(facts);

/** Every content/commands/*.yaml entry, grouped and sorted for the cheat sheet. */
export async function getCommands() {
  return sortCommands(await getCollection('commands'));
}
