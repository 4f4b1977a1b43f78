/**
 * Walks a parsed Dockerfile instruction by instruction, keeping what the
 * builder keeps (stages, WORKDIR, USER, ENV, ARG, SHELL, CMD, ENTRYPOINT), so
 * every line can be explained in its context and checked like BuildKit does.
 */
import { substitute, type Substituted } from '../files/substitute.ts';
import { finding, type Finding } from '../files/types.ts';
import { toExec } from './command.ts';
import { parseImageRef } from './image-ref.ts';
import { KNOWN_INSTRUCTIONS, type Instr } from './parse.ts';
import { notesFor } from './notes.ts';
import { argPairs, envPairs } from './pairs.ts';
import { newStage, resolvePath, rootImage, type Stage, type Step } from './state.ts';

/** Build arguments every build has without declaring them (usable in FROM). */
export const PREDEFINED_ARGS = new Set([
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'FTP_PROXY',
  'NO_PROXY',
  'ALL_PROXY',
  'http_proxy',
  'https_proxy',
  'ftp_proxy',
  'no_proxy',
  'all_proxy',
]);
/** Variables that popular base images set in their ENV, so using them is not an UndefinedVar. */
const BASE_IMAGE_ENV = new Set([
  'PATH',
  'HOME',
  'HOSTNAME',
  'LANG',
  'LC_ALL',
  'PYTHON_VERSION',
  'PYTHON_SHA256',
  'GPG_KEY',
  'NODE_VERSION',
  'YARN_VERSION',
  'NGINX_VERSION',
  'GOPATH',
  'GOLANG_VERSION',
  'JAVA_HOME',
  'JAVA_VERSION',
  'RUBY_VERSION',
  'GEM_HOME',
  'BUNDLE_PATH',
  'PHP_VERSION',
  'PHP_INI_DIR',
  'PGDATA',
  'PG_VERSION',
  'PG_MAJOR',
]);
/** Instructions whose arguments the builder expands itself (RUN, CMD and ENTRYPOINT are left to the shell). */
const EXPANDS = new Set(['ADD', 'COPY', 'ENV', 'EXPOSE', 'FROM', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR', 'ONBUILD', 'ARG']);

export interface Walk {
  stages: Stage[];
  steps: Step[];
  globalArgs: Map<string, string | undefined>;
  findings: Finding[];
  /** Arguments after variable expansion, by instruction line. */
  expanded: Map<number, Substituted>;
  /** Sentences for each step, written with the state at that line. */
  notes: string[][];
}

export function walk(instructions: Instr[]): Walk {
  const stages: Stage[] = [];
  const steps: Step[] = [];
  const globalArgs = new Map<string, string | undefined>();
  const findings: Finding[] = [];
  const expanded = new Map<number, Substituted>();
  const notes: string[][] = [];
  const lastStage = instructions.filter((i) => i.keyword === 'FROM').length - 1;
  let cur: Stage | null = null;

  const lookupIn =
    (stage: Stage | null) =>
    (name: string): string | undefined => {
      if (!stage) return globalArgs.has(name) ? (globalArgs.get(name) ?? '') : PREDEFINED_ARGS.has(name) ? '' : undefined;
      if (stage.args.has(name)) return stage.args.get(name) ?? '';
      return stage.env.get(name);
    };

  for (const ins of instructions) {
    const at = { line: ins.line, column: ins.column };
    if (!(KNOWN_INSTRUCTIONS as readonly string[]).includes(ins.keyword)) {
      findings.push(
        finding(
          'UnknownInstruction',
          'error',
          at,
          `Unknown instruction \`${ins.typed}\`.`,
          'The builder stops with "unknown instruction" on it. Often a line of a multi-line command lost its trailing `\\`, or a JSON array was split over lines without one.',
          'Check the spelling, or end the previous line with `\\` to continue it.',
        ),
      );
      steps.push({ instr: ins, stage: cur?.index ?? -1, workdir: cur?.workdir ?? '/', user: cur?.user ?? null });
      notes.push(['Not a Dockerfile instruction: the build stops here.']);
      continue;
    }
    let sub: Substituted | null = null;
    if (EXPANDS.has(ins.keyword) && ins.keyword !== 'ARG' && ins.keyword !== 'FROM') {
      sub = substitute(ins.args, lookupIn(cur));
      expanded.set(ins.line, sub);
      for (const u of sub.used) {
        if (u.defined || u.hasFallback) continue;
        if (cur && rootImage(cur) && BASE_IMAGE_ENV.has(u.name)) continue;
        findings.push(
          finding(
            'UndefinedVar',
            'warning',
            at,
            `Usage of undefined variable \`$${u.name}\`.`,
            `No ARG or ENV before this line defines \`${u.name}\` in this stage, so it expands to an empty string. Your shell's variables are never used by the builder.`,
            `Declare it first (\`ARG ${u.name}=…\` or \`ENV ${u.name}=…\`), or write the value itself.`,
          ),
        );
      }
    }
    if (ins.keyword === 'FROM') {
      const sub = substitute(ins.words[0] ?? '', lookupIn(null));
      expanded.set(ins.line, sub);
      for (const u of sub.used) {
        if (!u.defined && !u.hasFallback)
          findings.push(
            finding(
              'UndefinedArgInFrom',
              'warning',
              at,
              `FROM uses \`$${u.name}\`, which no ARG before the first FROM declares.`,
              'Only ARGs declared before the first FROM (plus the predefined platform ARGs) can be used in FROM.',
              `Add \`ARG ${u.name}=<default>\` at the top of the file.`,
            ),
          );
      }
      const base = sub.value;
      const asIdx = ins.words.findIndex((w) => w.toLowerCase() === 'as');
      const name = asIdx > 0 ? (ins.words[asIdx + 1] ?? null) : null;
      const parent = stages.find((s) => s.name !== null && s.name.toLowerCase() === base.toLowerCase()) ?? null;
      const image = parent || base.toLowerCase() === 'scratch' || !base ? null : parseImageRef(base);
      cur = newStage(stages.length, ins.line, base, parent, image, name);
      stages.push(cur);
    } else if (!cur) {
      if (ins.keyword === 'ARG') {
        for (const [k, v] of argPairs(ins.words)) globalArgs.set(k, v === undefined ? undefined : substitute(v, lookupIn(null)).value);
      } else {
        findings.push(
          finding(
            'NoFromFirst',
            'error',
            at,
            `\`${ins.keyword}\` comes before any FROM.`,
            'A Dockerfile must start with FROM; only ARG (and parser directives and comments) may come before it.',
            'Move this line below the first FROM.',
          ),
        );
      }
    } else {
      if (ins.keyword === 'WORKDIR' && !cur.workdirSet && !(sub?.value ?? ins.args).trim().startsWith('/')) {
        findings.push(
          finding(
            'WorkdirRelativePath',
            'warning',
            at,
            `Relative workdir "${ins.args}" can have unexpected results if the base image changes.`,
            "A relative WORKDIR is joined to the base image's working directory, which this Dockerfile does not control.",
            `Use an absolute path, e.g. \`WORKDIR /${ins.args.replace(/^\.?\//, '')}\`.`,
          ),
        );
      }
      apply(cur, ins, sub, globalArgs, lookupIn(cur));
    }
    const step: Step = { instr: ins, stage: cur?.index ?? -1, workdir: cur?.workdir ?? '/', user: cur?.user ?? null };
    steps.push(step);
    notes.push(notesFor(step, cur, stages, expanded.get(ins.line), (cur?.index ?? -1) === lastStage));
  }
  return { stages, steps, globalArgs, findings, expanded, notes };
}

function apply(
  s: Stage,
  ins: Instr,
  sub: Substituted | null,
  globalArgs: Map<string, string | undefined>,
  lookup: (n: string) => string | undefined,
): void {
  const value = sub?.value ?? ins.args;
  switch (ins.keyword) {
    case 'WORKDIR': {
      const path = value.trim();
      if (path.startsWith('/')) s.workdirSet = true;
      s.workdir = resolvePath(s.workdir, path).replace(/(.)\/$/, '$1');
      break;
    }
    case 'USER':
      s.user = value.trim();
      break;
    case 'ENV':
      for (const [k, v] of envPairs(ins.args)) s.env.set(k, substitute(v, lookup).value);
      break;
    case 'ARG':
      for (const [k, v] of argPairs(ins.words)) {
        s.args.set(k, v !== undefined ? substitute(v, lookup).value : globalArgs.has(k) ? globalArgs.get(k) : undefined);
      }
      break;
    case 'SHELL':
      if (ins.json) s.shell = ins.json;
      break;
    case 'CMD':
      s.cmd = toExec(ins.json ? 'exec' : 'shell', ins.json ?? [], ins.args, s.shell, ins.line);
      s.cmdSetHere = true;
      break;
    case 'ENTRYPOINT':
      s.entrypoint = toExec(ins.json ? 'exec' : 'shell', ins.json ?? [], ins.args, s.shell, ins.line);
      if (!s.cmdSetHere) s.cmd = null;
      break;
    case 'EXPOSE':
      s.exposes.push(...value.split(/\s+/).filter(Boolean));
      break;
    case 'HEALTHCHECK':
      s.healthcheck = ins.words[0]?.toUpperCase() === 'NONE' ? null : ins.args;
      break;
  }
}
