/**
 * The reader one docker command line is explained with: the collector, the
 * command's own copy of its words, its span in the input, and what Docker
 * itself would say about it. The explainer's stages take this one object
 * instead of a long list of parameters. Pure.
 */
import type { Token } from './tokenize.ts';
import type { Collector, CommandDoc } from './explain-model.ts';
import type { RefCommand } from './reference.ts';

/** A span of the input. */
export interface Segment {
  start: number;
  end: number;
}

/** Where flags are being read: a command, our doc of it, and the commands around it. */
export interface FlagScope {
  cmd: RefCommand;
  doc?: CommandDoc;
  /** Enclosing commands (`docker`, `docker compose`) whose own options are misplaced here. */
  outer: RefCommand[];
  /** Options a parent passes down (Compose's `-f`, `-p`… work after any compose subcommand). */
  inherited?: RefCommand;
}

export class Reader {
  /** The words of this command: a copy, so splitting a glued word never changes the caller's list. */
  readonly words: Token[];
  /** The command path as typed, for Docker's messages: `docker run`, `docker image ls`. */
  path = 'docker';
  /** `--help` (or `-h`) was given: Docker prints help and runs nothing. */
  help = false;
  /** The first line the docker CLI prints when it refuses the command. */
  docker: string | undefined;

  readonly c: Collector;
  /** The command's span in the input. */
  readonly seg: Segment;

  constructor(c: Collector, words: readonly Token[], seg: Segment) {
    this.c = c;
    this.words = [...words];
    this.seg = seg;
  }

  /** Records what Docker says; Docker stops at its first problem, so only the first counts. */
  refuse(text: string): string {
    this.docker ??= text;
    return text;
  }

  /** The command's text with some spans replaced: a corrected command to suggest. */
  rewrite(edits: { start: number; end: number; text: string }[]): string {
    return rewrite(this.c.input, this.seg, edits);
  }
}

/** The segment's text with some spans replaced. */
export function rewrite(input: string, seg: Segment, edits: { start: number; end: number; text: string }[]): string {
  let out = '';
  let pos = seg.start;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += input.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return (out + input.slice(pos, seg.end)).trim();
}

/** Input offset of character `j` of a word's value (its start or end at the edges). */
export function at(w: Token, j: number): number {
  if (j <= 0) return w.start;
  if (j >= w.text.length) return w.end;
  return w.offsets[j]!;
}
