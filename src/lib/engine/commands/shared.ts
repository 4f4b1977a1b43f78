/** Small helpers the command modules share. */
import type { Ctx } from '../context.ts';
import { write, writeErr } from '../context.ts';
import { UsageError } from '../flags.ts';

/** When the catalog images were built (they were pulled "2 weeks ago" or so). */
export const DEFAULT_CREATED = Date.UTC(2025, 11, 16, 0, 0, 0);

export interface DaemonErrorLike {
  message: string;
  exitCode: number;
  /** The practice host's own words (what it cannot simulate): no `docker:` prefix, no usage hint. */
  plain?: boolean;
}

/**
 * Runs `fn`, turning daemon errors into the CLI's output. `runPath` set: the
 * run/create form (`docker: … \n\nRun 'docker run --help' …`, status 125).
 */
export function daemonCall(ctx: Ctx, fn: () => number, runPath?: string): number {
  try {
    return fn();
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const err = e as DaemonErrorLike;
    if (typeof err.exitCode !== 'number') throw e;
    if (err.message === '') return err.exitCode;
    if (runPath && !err.plain) {
      writeErr(ctx, `docker: ${err.message}\n\nRun '${runPath} --help' for more information\n`);
      return err.exitCode === 1 ? 125 : err.exitCode;
    }
    writeErr(ctx, err.message + '\n');
    return err.exitCode;
  }
}

export class EngineError extends Error implements DaemonErrorLike {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** What a command that would ask y/N prints here: the terminal cannot answer. */
export function confirmNote(ctx: Ctx, warning: string): number {
  write(ctx, `${warning}\nAre you sure you want to continue? [y/N] \n`);
  writeErr(ctx, 'this practice terminal cannot answer the question: run the command again with -f (--force)\n');
  return 1;
}
