/**
 * Tab completion for the practice terminal, imported on the first Tab together
 * with the facts it offers (both halves, src/lib/engine/lazy-engine.ts).
 */
import type { FactsPack } from '../../lib/commands/facts-pack.ts';
import type { HostSnapshot } from '../../lib/exercises/host.ts';
import { cliWordsFromPack } from '../../lib/terminal/cli-words.ts';
import { complete } from '../../lib/terminal/completion.ts';
import type { Completion } from '../../lib/terminal/line-editor.ts';

/** Programs the practice shell (and the page's own commands) answer to. */
const PROGRAMS = [
  'cat',
  'cd',
  'clear',
  'curl',
  'docker',
  'echo',
  'explain',
  'export',
  'grep',
  'head',
  'help',
  'ls',
  'pwd',
  'reset',
  'undo',
  'wc',
];

export type Completer = (buffer: string, cursor: number, host: HostSnapshot) => Completion;

/** A completer over every command's facts and the names on the host at the time of the Tab. */
export function completer(facts: FactsPack): Completer {
  const words = cliWordsFromPack(facts);
  return (buffer, cursor, host) =>
    complete(buffer, cursor, {
      words,
      programs: PROGRAMS,
      names: {
        images: host.images.flatMap((i) => i.repoTags),
        containers: host.containers.map((c) => c.name),
        networks: host.networks.map((n) => n.name),
        volumes: host.volumes.map((v) => v.name),
        files: Object.keys(host.files),
        cwd: host.shell.cwd,
        home: host.shell.home,
      },
    });
}
