/**
 * An independent terminal for tests: xterm.js's headless build (the same
 * emulator the player draws with, without a DOM). Tests feed it a recording's
 * raw output and compare its screen with what our pipeline produces.
 */
import { createRequire } from 'node:module';
import type { Terminal as TerminalType } from '@xterm/headless';
import { TerminalQueue } from '../../../src/lib/replay/terminal-queue.ts';
import type { HeadlessLike, SnapshotDeps } from '../../../src/lib/replay/xterm-snapshot.ts';

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

export interface Raw {
  cols: number;
  rows: number;
  /** [absolute seconds, code, data], as written (v1 frames become "o"). */
  events: [number, string, string][];
  idle?: number;
}

/** Reads a file the plain way, trusting it: the independent side of the comparison. */
export function readRaw(text: string, format: 'v1' | 'v2' | 'v3'): Raw {
  if (format === 'v1') {
    const doc = JSON.parse(text) as { width: number; height: number; stdout: [number, string][] };
    let t = 0;
    return { cols: doc.width, rows: doc.height, events: doc.stdout.map(([d, s]) => [(t += d), 'o', s]) };
  }
  const lines = text.split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a v2 or v3 header, read loosely by this test oracle
  const h = JSON.parse(lines[0]!) as Record<string, any>;
  let t = 0;
  const events = lines.slice(1).map((l) => {
    const [time, code, data] = JSON.parse(l) as [number, string, string];
    t = format === 'v3' ? t + time : time;
    return [t, code, data] as [number, string, string];
  });
  return format === 'v3'
    ? { cols: h.term.cols, rows: h.term.rows, events, idle: h.idle_time_limit }
    : { cols: h.width, rows: h.height, events, idle: h.idle_time_limit };
}

/** The last screen of a raw recording, played event by event into a fresh headless xterm. */
export async function rawFinalScreen(raw: Raw): Promise<string[]> {
  const term = new HeadlessTerminal(raw.cols, raw.rows);
  for (const [, code, data] of raw.events) {
    if (code === 'o') term.write(data);
    else if (code === 'r') term.resize(...(data.split('x').map(Number) as [number, number]));
  }
  const screen = await term.screen();
  term.dispose();
  return screen;
}

const { SerializeAddon } = require('@xterm/addon-serialize') as typeof import('@xterm/addon-serialize');

/** Headless xterm and its serializer, as the player's worker builds keyframes with them. */
export const snapshotDeps: SnapshotDeps = {
  createTerminal: (cols, rows) => new Terminal({ cols, rows, scrollback: 0, allowProposedApi: true }) as unknown as HeadlessLike,
  createSerializer: () => new SerializeAddon(),
};
