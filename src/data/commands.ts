// The command reference for pages: the command files in cheat-sheet order and
// the indexed docker-cli.json facts. Uses astro:content, so it lives outside
// src/lib (the pure parts are in src/lib/commands/).
import { getCollection } from 'astro:content';
import { sortCommands } from '../lib/commands/docs';

export { reference } from './reference';

/** Every content/commands/*.yaml entry, grouped and sorted for the cheat sheet. */
export async function getCommands() {
  return sortCommands(await getCollection('commands'));
}
