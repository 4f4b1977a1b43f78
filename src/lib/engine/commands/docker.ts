/**
 * `docker …`: finds the command the way the CLI's cobra tree does, parses its
 * flags, checks its arguments, and hands it to a handler. Messages for unknown
 * commands and flags are the client's (cli/required.go, cobra).
 */
import type { Ctx } from '../context.ts';
import { write, writeErr } from '../context.ts';
import { type ArgRule, type Parsed, UsageError, checkArgs, parseFlags } from '../flags.ts';
import { VERSIONS } from '../state.ts';
import { CONTAINER_HANDLERS } from './containers.ts';
import { IMAGE_HANDLERS } from './images.ts';

export interface Handler {
  rule: ArgRule;
  /** false: flags stop at the first argument (run, create, exec). */
  interspersed?: boolean;
  run(ctx: Ctx, p: Parsed, path: string): number;
}

// The core's handlers; the rest are in parts (parts.ts), loaded on first use in the browser.
const HANDLERS: Record<string, Handler> = { ...CONTAINER_HANDLERS, ...IMAGE_HANDLERS };

const MANAGEMENT = new Set([
  'container',
  'image',
  'network',
  'volume',
  'system',
  'builder',
  'buildx',
  'context',
  'manifest',
  'plugin',
  'trust',
  'swarm',
  'node',
  'service',
  'stack',
  'secret',
  'config',
  'checkpoint',
]);
const NOT_SIMULATED = new Set([
  'swarm',
  'node',
  'service',
  'stack',
  'secret',
  'config',
  'checkpoint',
  'context',
  'plugin',
  'trust',
  'manifest',
  'buildx',
  'search',
  'save',
  'load',
  'import',
  'export',
  'commit',
  'diff',
  'events',
  'attach',
  'update',
  'wait',
  'pause',
  'unpause',
  'rename',
  'init',
  'scout',
  'debug',
  'sbom',
  'ai',
  'model',
  'mcp',
  'offload',
  'desktop',
  'extension',
  'bake',
]);

const ROOT_USAGE = "\n\nUsage:  docker [OPTIONS] COMMAND [ARG...]\n\nRun 'docker --help' for more information\n";

export function docker(ctx: Ctx, words: string[]): number {
  try {
    return dispatch(ctx, words);
  } catch (e) {
    if (e instanceof UsageError) {
      writeErr(ctx, e.message.endsWith('\n') ? e.message : e.message + '\n');
      return e.exitCode;
    }
    throw e;
  }
}

function dispatch(ctx: Ctx, words: string[]): number {
  // Root flags come before the command.
  let i = 0;
  while (i < words.length && (words[i] as string).startsWith('-')) {
    const w = words[i] as string;
    if (w === '-v' || w === '--version') {
      write(ctx, `Docker version ${VERSIONS.docker}, build 890dcca\n`);
      return 0;
    }
    if (w === '-h' || w === '--help') return notShown(ctx, 'docker');
    if (w === '-D' || w === '--debug' || w === '--tls' || w === '--tlsverify') {
      i++;
      continue;
    }
    if (/^(-H|--host|-c|--context|-l|--log-level|--config|--tlscacert|--tlscert|--tlskey)$/.test(w)) {
      if (i + 1 >= words.length)
        throw new UsageError(`flag needs an argument: ${w.startsWith('--') ? w : `'${w[1]}' in ${w}`}${ROOT_USAGE}`, 125);
      writeErr(ctx, `this practice host has one local engine; \`${w}\` is not simulated\n`);
      return 1;
    }
    if (/^--(host|context|log-level|config)=/.test(w)) {
      writeErr(ctx, `this practice host has one local engine; \`${w}\` is not simulated\n`);
      return 1;
    }
    throw new UsageError(
      w.startsWith('--') ? `unknown flag: ${w.split('=')[0]}${ROOT_USAGE}` : `unknown shorthand flag: '${w[1]}' in ${w}${ROOT_USAGE}`,
      125,
    );
  }
  const rest = words.slice(i);
  const first = rest[0];
  if (first === undefined) return notShown(ctx, 'docker');
  if (first === 'compose') return ctx.parts.use('compose').compose(ctx, rest.slice(1));
  if (first === 'help') return notShown(ctx, 'docker');
  let typed: string;
  let argv: string[];
  if (MANAGEMENT.has(first)) {
    const sub = rest[1];
    if (sub === undefined || sub.startsWith('-')) {
      if (first === 'buildx') return unknownCommand(ctx, `docker ${first}`);
      if (NOT_SIMULATED.has(first)) return notSimulated(ctx, `docker ${first}`);
      const help = ctx.parts.use('resources').help[first];
      if (help) {
        write(ctx, help);
        return 0;
      }
      return notSimulated(ctx, `docker ${first}`);
    }
    typed = `docker ${first} ${sub}`;
    argv = rest.slice(2);
    if (first === 'buildx' && sub === 'build') typed = 'docker build';
    if (!ctx.parts.spec(typed)) {
      if (NOT_SIMULATED.has(first)) return notSimulated(ctx, `docker ${first}`);
      throw new UsageError(
        `docker: unknown command: docker ${first} ${sub}\n\nUsage:  docker ${first}\n\nRun 'docker ${first} --help' for more information\n`,
        1,
      );
    }
  } else {
    typed = `docker ${first}`;
    argv = rest.slice(1);
    if (!ctx.parts.spec(typed)) {
      if (first === 'logout') typed = 'docker logout';
      else return unknownCommand(ctx, `docker ${first}`, argv);
    }
  }
  const spec = ctx.parts.spec(typed);
  if (!spec) return unknownCommand(ctx, typed);
  const handler = HANDLERS[spec.path] ?? ctx.parts.handler(spec.path);
  const parsed = parseFlags(argv, typed, spec, handler?.interspersed ?? true);
  if (parsed.help) return notShown(ctx, typed);
  if (!handler) {
    return notSimulated(ctx, typed);
  }
  checkArgs(handler.rule, parsed.args, typed, spec);
  return handler.run(ctx, parsed, typed);
}

/**
 * cobra falls back to the root command for an unknown one and parses the
 * remaining words with the root's flags first, so `docker run--rm -it x`
 * fails on `-i` before it says the command is unknown.
 */
function unknownCommand(ctx: Ctx, typed: string, rest: string[] = []): never {
  const root = ctx.parts.spec('docker');
  if (root)
    parseFlags(
      rest,
      'docker',
      {
        ...root,
        usage: 'docker [OPTIONS] COMMAND [ARG...]',
        options: [...root.options, { long: '--version', short: '-v', type: 'bool', default: null }],
      },
      true,
    );
  throw new UsageError(`docker: unknown command: ${typed}\n\nRun 'docker --help' for more information\n`, 1);
}

function notSimulated(ctx: Ctx, what: string): number {
  writeErr(ctx, `this practice host does not simulate \`${what}\`; see the command reference for what it does\n`);
  return 1;
}

function notShown(ctx: Ctx, what: string): number {
  writeErr(ctx, `this practice host does not print help pages; the command reference describes \`${what}\` and its options\n`);
  return 0;
}
