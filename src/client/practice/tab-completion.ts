/** Tab completion's code, imported on the first Tab together with the facts it offers (all of them). */
export { complete } from '../../lib/terminal/completion.ts';
export { cliWordsFromPack } from '../../lib/terminal/cli-words.ts';
