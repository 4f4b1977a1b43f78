/**
 * The engine's parts: the code and facts a line may need beyond the core
 * (shell, run/ps/logs/exec/stop/rm, images, pull, programs). Node's
 * `createEngine()` registers every part up front; the practice page starts
 * with the core and loads a part the first time a line needs it, so what it
 * downloads before the terminal starts stays small (issue 14's budget).
 *
 * Two guards keep a missing part from changing anything: `partsFor(line)`
 * names what a line may need by its words (generous: loading a part early
 * costs a download, never a wrong answer), and the engine answers a line it
 * cannot finish with `needs` instead of output. Pure: no DOM.
 */
import type { FactsPack } from '../commands/facts-pack.ts';
import { unpackFacts } from '../commands/facts-pack.ts';
import type { Ctx } from './context.ts';
import type { CommandSpec } from './flags.ts';
import type { Handler } from './commands/docker.ts';
import type { ContainerSnapshot } from './types.ts';

export interface PartImpls {
  /** The CLI facts no part carries (src/lib/commands/facts-split.ts): swarm, plugins, unsimulated commands. */
  facts: FactsPack;
  compose: {
    compose(ctx: Ctx, words: string[]): number;
    stopComposeForeground(ctx: Ctx, project: string): void;
  };
  build: { handlers: Record<string, Handler> };
  curl: {
    curl(ctx: Ctx, args: string[]): number;
    containerCurl(ctx: Ctx, container: ContainerSnapshot, args: string[]): number;
  };
  /** logs, port, top, stats, cp, container prune. */
  tools: { handlers: Record<string, Handler> };
  /** network, volume, inspect, system, version, login/logout/push, management help. */
  resources: { handlers: Record<string, Handler>; help: Record<string, string> };
}
export type PartName = keyof PartImpls;
export const PART_NAMES: readonly PartName[] = ['facts', 'compose', 'build', 'curl', 'tools', 'resources'];

/** Thrown where the engine reaches a part that is not loaded; `run()` turns it into `needs`. */
export class NeedsPart extends Error {
  readonly part: PartName;
  constructor(part: PartName) {
    super(`the engine needs its ${part} part`);
    this.part = part;
  }
}

/** The parts that hold command handlers (`handlers`, by command path). */
type HandlerPart = 'build' | 'tools' | 'resources';

/** Commands whose handlers live in a part (a unit test holds this to the parts' own tables). */
export const LAZY_COMMANDS: Readonly<Record<string, HandlerPart>> = {
  'docker buildx build': 'build',
  'docker image build': 'build',
  'docker container logs': 'tools',
  'docker container port': 'tools',
  'docker container top': 'tools',
  'docker container stats': 'tools',
  'docker container cp': 'tools',
  'docker container prune': 'tools',
  ...Object.fromEntries(
    [
      'network ls',
      'network create',
      'network rm',
      'network connect',
      'network disconnect',
      'network prune',
      'network inspect',
      'volume ls',
      'volume create',
      'volume rm',
      'volume prune',
      'volume inspect',
      'inspect',
      'container inspect',
      'image inspect',
      'version',
      'system info',
      'system df',
      'system prune',
      'builder prune',
      'login',
      'logout',
      'image push',
    ].map((c) => [`docker ${c}`, 'resources' as const]),
  ),
};

/** What each part answers, by the words of a line. */
const TRIGGERS: [PartName, RegExp][] = [
  ['compose', /\bcompose\b/],
  ['build', /\bbuild(?:x)?\b/],
  ['curl', /curl/],
  ['tools', /\b(?:logs|port|top|stats|cp|prune)\b/],
  // `docker image` alone prints the management command's help, which is in this part too.
  ['resources', /\b(?:network|volume|inspect|system|builder|version|info|login|logout|push)\b|\b(?:container|image)\s*(?:$|[-;&|)])/],
];

/** The parts a line may need, the facts no part carries aside (PartRegistry.missing). Generous on purpose: see the file comment. */
export function partsFor(line: string): PartName[] {
  return TRIGGERS.filter(([, re]) => re.test(line)).map(([name]) => name);
}

/** Parts that bring their commands' facts; `facts` brings the rest. */
const FACT_CARRIERS: readonly PartName[] = ['facts', 'build', 'compose', 'tools', 'resources'];

/** `docker [flags] WORD [WORD]` anywhere in a line (in `$(…)` too): the command words it may name. */
const DOCKER_WORDS = /\bdocker((?:\s+-[^\s;&|)]+)*)\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?/g;

/** What one engine (or one page's engines) has loaded: the CLI facts and the parts. */
export class PartRegistry {
  private readonly specs = new Map<string, CommandSpec>();
  private readonly parts: Partial<PartImpls> = {};
  /** Parts whose commands' facts are here (loaded before the part's code, for Tab completion). */
  private readonly factsOf = new Set<PartName>();

  constructor(facts: FactsPack) {
    this.addFacts(facts);
    // Commands the facts table lacks, and one usage line it has wrong (docker inspect takes any object).
    this.specs.set('docker logout', { path: 'docker logout', usage: 'docker logout [SERVER]', options: [] });
    const inspect = this.specs.get('docker inspect');
    if (inspect) this.specs.set('docker inspect', { ...inspect, usage: 'docker inspect [OPTIONS] NAME|ID [NAME|ID...]' });
  }

  /** Facts of more commands (a group loaded before the part that runs them, or with it). */
  addFacts(pack: FactsPack, of?: PartName): void {
    if (of) this.factsOf.add(of);
    for (const c of unpackFacts(pack).commands) {
      const spec = { path: c.command, usage: c.usage ?? c.command, options: c.options };
      if (!this.specs.has(c.command)) this.specs.set(c.command, spec);
      for (const a of c.aliases) if (!this.specs.has(a)) this.specs.set(a, spec);
    }
  }

  /** Adds a part, with the facts of its commands when they come with it. */
  add<K extends PartName>(name: K, impl: PartImpls[K], facts?: FactsPack): this {
    if (this.parts[name]) return this;
    this.parts[name] = impl;
    if (name === 'facts') this.addFacts(impl as FactsPack, name);
    if (facts) this.addFacts(facts, name);
    return this;
  }

  has(name: PartName): boolean {
    return this.parts[name] !== undefined;
  }

  /** The part, or NeedsPart when it is not loaded yet. */
  use<K extends PartName>(name: K): PartImpls[K] {
    const part = this.parts[name];
    if (!part) throw new NeedsPart(name);
    return part;
  }

  /**
   * The facts of a command path. An unknown path may be in a group not loaded yet:
   * NeedsPart for the next such group, until all are there and it is truly unknown.
   */
  spec(path: string): CommandSpec | undefined {
    const spec = this.specs.get(path);
    const next = spec ? undefined : FACT_CARRIERS.find((n) => !this.has(n) && !this.factsOf.has(n));
    if (next) throw new NeedsPart(next);
    return spec;
  }

  /** A handler that lives in a part (undefined: not a part's command). */
  handler(path: string): Handler | undefined {
    const name = LAZY_COMMANDS[path];
    return name ? this.use(name).handlers[path] : undefined;
  }

  /** The parts `lines` may need that are not loaded. */
  missing(lines: readonly string[]): PartName[] {
    // createEngine()'s registry has everything: no line needs a look.
    if (PART_NAMES.every((n) => this.has(n))) return [];
    const wanted = new Set<PartName>();
    for (const line of lines) {
      const parts = partsFor(line);
      parts.forEach((p) => wanted.add(p));
      // A line with a part's words gets that part's facts with it; one naming another command needs the rest.
      if (!this.factsOf.has('facts') && !parts.some((p) => FACT_CARRIERS.includes(p)) && this.namesUnknownCommand(line))
        wanted.add('facts');
    }
    return PART_NAMES.filter((n) => wanted.has(n) && !this.has(n));
  }

  /** True when a line names a docker command whose facts are not loaded (an unknown one too). */
  private namesUnknownCommand(line: string): boolean {
    for (const m of line.matchAll(DOCKER_WORDS)) {
      const [first, second] = [m[2], m[3]];
      if (this.specs.has(`docker ${first}`) && !['container', 'image'].includes(first ?? '')) continue;
      if (second && this.specs.has(`docker ${first} ${second}`)) continue;
      if (['container', 'image'].includes(first ?? '') && (!second || second.startsWith('-'))) continue;
      return true;
    }
    return false;
  }
}
