/** What every command gets: the state, its input, and where to write. */
import type { State } from './state.ts';
import type { PartRegistry } from './parts.ts';

export interface Io {
  stdin: string;
  stdout: string;
  stderr: string;
  /** Both streams in the order they were written: what the terminal shows. */
  chunks: [stream: 0 | 1, text: string][];
  /** stdout goes to a pipe or a file, not the terminal (ls prints one name a line). */
  piped?: boolean;
}

export const newIo = (stdin = ''): Io => ({ stdin, stdout: '', stderr: '', chunks: [] });

export function outTo(io: Io, text: string): void {
  io.stdout += text;
  io.chunks.push([0, text]);
}
export function errTo(io: Io, text: string): void {
  io.stderr += text;
  io.chunks.push([1, text]);
}

/** Copies a child's output into `parent`: stderr always, stdout only when it is not piped on. */
export function mergeIo(parent: Io, child: Io, withStdout: boolean): void {
  for (const [s, t] of child.chunks) {
    if (s === 1) errTo(parent, t);
    else if (withStdout) outTo(parent, t);
  }
}

export const terminalText = (io: Io): string => io.chunks.map((c) => c[1]).join('');

export interface Ctx {
  state: State;
  io: Io;
  /** The CLI facts and the parts this engine has loaded. */
  parts: PartRegistry;
  /** The terminal is a TTY of this width (the recordings use 80). */
  columns: number;
  /** Runs a nested line (command substitution) and returns its stdout. */
  capture(line: string): string;
  /** Enters a container's interactive shell after this command (`-it`). */
  attach(containerId: string, shell: 'sh' | 'bash' | 'python' | 'node'): void;
  /** Runs one program inside a container (exec, a run command, the attached shell). */
  execIn(containerId: string, argv: string[]): number;
  /** Runs a shell line (`sh -c '…'`) inside a container. */
  runLineIn(containerId: string, line: string): number;
  /** A container that now holds the terminal in the foreground (null: none). */
  setForeground(id: string | null): void;
  setAttached(a: { containerId: string; shell: 'sh' | 'bash' | 'python' | 'node'; main: boolean } | null): void;
  attachedNow(): { containerId: string; shell: 'sh' | 'bash' | 'python' | 'node'; main: boolean } | null;
}

export const write = (ctx: Ctx, text: string) => outTo(ctx.io, text);
export const writeErr = (ctx: Ctx, text: string) => errTo(ctx.io, text);

/** Internal per-image and per-container files, kept out of the snapshot's workspace. */
export type FileMap = Record<string, string>;
