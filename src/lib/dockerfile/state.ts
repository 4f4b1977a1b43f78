/** What the builder knows at each point of a Dockerfile: one record per stage. */
import type { ExecSpec } from './command.ts';
import type { ImageRef } from './image-ref.ts';
import type { Instr } from './parse.ts';

export interface Stage {
  index: number;
  name: string | null;
  line: number;
  /** The FROM argument after global ARG substitution. */
  base: string;
  image: ImageRef | null;
  parent: Stage | null;
  scratch: boolean;
  workdir: string;
  /** An absolute WORKDIR was set in this Dockerfile (BuildKit's workdirSet). */
  workdirSet: boolean;
  user: string | null;
  env: Map<string, string>;
  args: Map<string, string | undefined>;
  shell: string[];
  cmd: ExecSpec | null;
  entrypoint: ExecSpec | null;
  cmdSetHere: boolean;
  exposes: string[];
  healthcheck: string | null;
}

/** An instruction with the state it ran in. */
export interface Step {
  instr: Instr;
  /** -1 for global ARGs before the first FROM. */
  stage: number;
  workdir: string;
  user: string | null;
}

export function newStage(
  index: number,
  line: number,
  base: string,
  parent: Stage | null,
  image: ImageRef | null,
  name: string | null,
): Stage {
  return {
    index,
    name,
    line,
    base,
    image,
    parent,
    scratch: base.toLowerCase() === 'scratch',
    workdir: parent?.workdir ?? '/',
    workdirSet: parent?.workdirSet ?? false,
    user: parent?.user ?? null,
    env: new Map(parent?.env ?? []),
    args: new Map(),
    shell: parent?.shell ?? ['/bin/sh', '-c'],
    cmd: parent?.cmd ?? null,
    entrypoint: parent?.entrypoint ?? null,
    cmdSetHere: false,
    exposes: [...(parent?.exposes ?? [])],
    healthcheck: parent?.healthcheck ?? null,
  };
}

export function stageLabel(s: Stage): string {
  return s.name ? `stage ${s.index + 1} (\`${s.name}\`)` : `stage ${s.index + 1}`;
}

/** The first external image a stage chain starts from (null for scratch). */
export function rootImage(s: Stage): string | null {
  let cur: Stage | null = s;
  while (cur?.parent) cur = cur.parent;
  return cur && !cur.scratch ? cur.base : null;
}

/** Joins a path onto a directory, as WORKDIR and relative COPY destinations do. */
export function resolvePath(dir: string, p: string): string {
  if (p.startsWith('/')) return normalise(p);
  return normalise(`${dir.replace(/\/$/, '')}/${p}`);
}

function normalise(p: string): string {
  const trailing = p.length > 1 && p.endsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/') + (trailing && out.length ? '/' : '');
}
