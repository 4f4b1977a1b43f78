/**
 * An independent terminal for tests: xterm.js's headless build (the same
 * emulator the player draws with, without a DOM). Tests feed it a recording's
 * raw output and compare its screen with what our pipeline produces.
 */
import { createRequire } from 'node:module';
import type { Terminal as TerminalType } from '@xterm/headless';
import { TerminalQueue } from '../../../src/lib/replay/terminal-queue.ts';

const require = createRequire(import.meta.url);
// The package's "module" field names a file it does not ship: load its CommonJS build.
const { Terminal } = require('@xterm/headless') as { Terminal: typeof TerminalType };

/** A headless xterm behind the player's own TerminalQueue (writes, resizes and resets kept in order). */
export class HeadlessTerminal extends TerminalQueue {
  readonly term: TerminalType;

  constructor(cols: number, rows: number) {
    const term = new Terminal({ cols, rows, scrollback: 0, allowProposedApi: true });
    super({ write: (data, done) => term.write(data, done), resize: (c, r) => term.resize(c, r), reset: () => term.reset() });
    this.term = term;
  }

  /** The visible screen as text, one line per row, trailing spaces trimmed. */
  async screen(): Promise<string[]> {
    await this.settled();
    const buf = this.term.buffer.active;
    const out: string[] = [];
    for (let y = 0; y < this.term.rows; y++) out.push(buf.getLine(buf.viewportY + y)?.translateToString(true) ?? '');
    return out;
  }

  dispose(): void {
    this.term.dispose();
  }
}
