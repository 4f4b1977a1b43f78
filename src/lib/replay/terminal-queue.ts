/**
 * Puts a terminal's asynchronous writes and its synchronous resize/reset in
 * one order. xterm.js parses writes later, in slices, while `resize()` and
 * `reset()` act at once: a resize issued after a write would apply before that
 * write is parsed (text wraps at the wrong width), and a reset would not drop
 * writes still waiting (three quick seeks could leave old output). Here every
 * operation waits for the writes before it, and a reset discards whatever has
 * not been handed to the terminal yet.
 */
import type { TerminalLike } from './engine.ts';

/** A terminal whose writes finish later (xterm.js's `write(data, callback)`). */
export interface AsyncTerminal {
  write(data: string, done: () => void): void;
  resize(cols: number, rows: number): void;
  reset(): void;
}

type Op = { kind: 'write'; data: string } | { kind: 'resize'; cols: number; rows: number } | { kind: 'reset' };

/** Writes are handed over in slices of this many characters, so a reset cancels most of a long replay. */
export const SLICE = 32 * 1024;

export class TerminalQueue implements TerminalLike {
  private readonly ops: Op[] = [];
  private busy = false;
  private waiters: (() => void)[] = [];

  constructor(
    private readonly target: AsyncTerminal,
    /** Called after each resize has been applied (e.g. to re-fit the font). */
    private readonly onResize: (cols: number, rows: number) => void = () => {},
  ) {}

  write(data: string): void {
    if (data === '') return;
    for (let i = 0; i < data.length; i += SLICE) this.ops.push({ kind: 'write', data: data.slice(i, i + SLICE) });
    this.pump();
  }

  resize(cols: number, rows: number): void {
    this.ops.push({ kind: 'resize', cols, rows });
    this.pump();
  }

  /** Drops every operation not yet handed over, then resets after the one in progress. */
  reset(): void {
    this.ops.length = 0;
    this.ops.push({ kind: 'reset' });
    this.pump();
  }

  /** Operations still waiting (the one in progress included). */
  get pending(): number {
    return this.ops.length + (this.busy ? 1 : 0);
  }

  /** Resolves when everything queued so far has been processed. */
  settled(): Promise<void> {
    if (!this.busy && this.ops.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private pump(): void {
    while (!this.busy) {
      const op = this.ops.shift();
      if (!op) {
        const waiters = this.waiters;
        this.waiters = [];
        for (const w of waiters) w();
        return;
      }
      if (op.kind === 'write') {
        this.busy = true;
        this.target.write(op.data, () => {
          this.busy = false;
          this.pump();
        });
      } else if (op.kind === 'resize') {
        this.target.resize(op.cols, op.rows);
        this.onResize(op.cols, op.rows);
      } else this.target.reset();
    }
  }
}
