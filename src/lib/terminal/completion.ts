/**
 * Tab completion for the practice shell: programs, docker commands and flags
 * (from the compact CLI words), names on the simulated host (images,
 * containers, networks, volumes) and workspace paths. Pure: the page passes
 * what the engine's snapshot holds.
 */
import { flagsOf, subcommandsOf, type CliWords } from './cli-words.ts';
import type { Completion } from './line-editor.ts';
import { pathCandidates } from './paths.ts';

export interface HostNames {
  images: string[];
  containers: string[];
  networks: string[];
  volumes: string[];
  /** Absolute paths of the files the host knows; folders are inferred from them. */
  files: string[];
  cwd: string;
  home: string;
}

export interface CompletionContext {
  words: CliWords;
  names: HostNames;
  /** Programs the practice shell answers to. */
  programs: string[];
}

type Kind = 'images' | 'containers' | 'networks' | 'volumes' | 'paths' | 'any';

// The last word of a command path decides what its arguments name.
const ARGUMENTS: Record<string, Kind> = {
  run: 'images',
  create: 'images',
  rmi: 'images',
  tag: 'images',
  push: 'images',
  pull: 'images',
  history: 'images',
  save: 'images',
  exec: 'containers',
  rm: 'containers',
  logs: 'containers',
  start: 'containers',
  stop: 'containers',
  restart: 'containers',
  kill: 'containers',
  attach: 'containers',
  port: 'containers',
  top: 'containers',
  stats: 'containers',
  pause: 'containers',
  unpause: 'containers',
  rename: 'containers',
  wait: 'containers',
  diff: 'containers',
  commit: 'containers',
  export: 'containers',
  update: 'containers',
  cp: 'containers',
  inspect: 'any',
  build: 'paths',
};

const GROUP_KIND: Record<string, Kind> = { image: 'images', network: 'networks', volume: 'volumes', container: 'containers' };

const VALUE_KIND: Record<string, Kind> = {
  '--network': 'networks',
  '--net': 'networks',
  '--volume': 'volumes',
  '-v': 'volumes',
  '--mount': 'volumes',
  '--volumes-from': 'containers',
  '--file': 'paths',
  '-f': 'paths',
  '--env-file': 'paths',
  '--project-directory': 'paths',
};

function argumentKind(path: string[]): Kind {
  const last = path[path.length - 1] ?? '';
  const group = GROUP_KIND[path[0] ?? ''];
  if (path[0] === 'compose') return last === 'compose' ? 'any' : 'paths';
  if (path.length === 2 && group && !['ls', 'list', 'prune', 'create', 'build', 'load', 'import'].includes(last)) {
    // `network connect NET CONTAINER` and the like: the group names its objects.
    return path[0] === 'image' && ['push', 'pull', 'tag'].includes(last) ? 'images' : group;
  }
  return ARGUMENTS[last] ?? 'paths';
}

function namesOf(kind: Kind, names: HostNames, word: string): string[] {
  switch (kind) {
    case 'images':
      return names.images;
    case 'containers':
      return names.containers;
    case 'networks':
      return names.networks;
    case 'volumes':
      return [...names.volumes, ...pathCandidates(word, names.cwd, names.home, names.files)];
    case 'paths':
      return pathCandidates(word, names.cwd, names.home, names.files);
    case 'any':
      return [...names.containers, ...names.images, ...names.networks, ...names.volumes];
  }
}

/** Candidates for the word being typed, given the words before it. */
export function candidates(before: string[], word: string, ctx: CompletionContext): string[] {
  if (before.length === 0) return ctx.programs;
  if (before[0] !== 'docker') return pathCandidates(word, ctx.names.cwd, ctx.names.home, ctx.names.files);
  const { words } = ctx;
  const path: string[] = [];
  let args = 0;
  let pendingValue: string | undefined;
  for (const token of before.slice(1)) {
    if (pendingValue) {
      pendingValue = undefined;
      continue;
    }
    if (token.startsWith('-')) {
      const flag = token.split('=')[0];
      if (!token.includes('=') && flagsOf(words, path.join(' ')).includes(`${flag}=`)) pendingValue = flag;
      continue;
    }
    const longer = [...path, token].join(' ');
    if (args === 0 && (words.commands[longer] !== undefined || subcommandsOf(words, longer).length > 0)) path.push(token);
    else args += 1;
  }
  const at = path.join(' ');
  if (pendingValue) return namesOf(VALUE_KIND[pendingValue] ?? 'paths', ctx.names, word);
  if (word.startsWith('-')) return flagsOf(words, at).map((f) => f.replace(/=$/, ''));
  const subs = args === 0 ? subcommandsOf(words, at) : [];
  if (subs.length > 0) return subs;
  return namesOf(argumentKind(path), ctx.names, word);
}

function commonPrefix(list: string[]): string {
  if (list.length === 0) return '';
  let prefix = list[0] ?? '';
  for (const item of list) while (!item.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/** Completes the word before the cursor, as bash does: one match fills in, several fill their common start. */
export function complete(buffer: string, cursor: number, ctx: CompletionContext): Completion {
  const head = buffer.slice(0, cursor);
  // Completion restarts after a shell separator: `cd x && docker ps`.
  const segment = head.split(/&&|\|\||[;|]/).pop() ?? '';
  const tokens = segment.split(/\s+/).filter(Boolean);
  const word = /\s$/.test(segment) || segment === '' ? '' : (tokens.pop() ?? '');
  // `--network=fr` completes the value, as if the flag were a word of its own.
  const valueAt = word.startsWith('-') ? word.indexOf('=') : -1;
  const stem = valueAt >= 0 ? word.slice(valueAt + 1) : word;
  if (valueAt >= 0) tokens.push(word.slice(0, valueAt));
  const found = [...new Set(candidates(tokens, stem, ctx))].filter((c) => c.startsWith(stem)).sort();
  const unchanged: Completion = { buffer, cursor, listing: found };
  if (found.length === 0) return unchanged;
  let insert = commonPrefix(found).slice(stem.length);
  if (found.length === 1 && !found[0]?.endsWith('/')) insert += ' ';
  if (!insert) return unchanged;
  return { buffer: head + insert + buffer.slice(cursor), cursor: cursor + insert.length, listing: found };
}
