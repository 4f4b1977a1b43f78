/** What every command gets: the state, its input, and where to write. */
import type { State } from './state.ts';

export interface Io {
  stdin: string;
  stdout: string;
  stderr: string;
}

export interface Ctx {
  state: State;
  io: Io;
  /** The terminal is a TTY of this width (the recordings use 80). */
  columns: number;
  /** Runs a nested line (command substitution) and returns its stdout. */
  capture(line: string): string;
  /** Enters a container's interactive shell after this command (`-it`). */
  attach(containerId: string, shell: 'sh' | 'bash' | 'python' | 'node'): void;
  /** Runs one program inside a container (exec, a run command, the attached shell). */
  execIn(containerId: string, argv: string[]): number;
  /** A container that now holds the terminal in the foreground (null: none). */
  setForeground(id: string | null): void;
  setAttached(a: { containerId: string; shell: 'sh' | 'bash' | 'python' | 'node'; main: boolean } | null): void;
  attachedNow(): { containerId: string; shell: 'sh' | 'bash' | 'python' | 'node'; main: boolean } | null;
}

export const write = (ctx: Ctx, text: string) => {
  ctx.io.stdout += text;
};
export const writeErr = (ctx: Ctx, text: string) => {
  ctx.io.stderr += text;
};

/** Internal per-image and per-container files, kept out of the snapshot's workspace. */
export type FileMap = Record<string, string>;
