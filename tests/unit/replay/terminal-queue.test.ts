import { describe, expect, it } from 'vitest';
import { SLICE, TerminalQueue, type AsyncTerminal } from '../../../src/lib/replay/terminal-queue.ts';

/** A terminal that finishes each write only when the test says so, like xterm.js parsing later. */
function slowTerminal() {
  const log: string[] = [];
  const waiting: (() => void)[] = [];
  const target: AsyncTerminal = {
    write: (data, done) => {
      log.push(`write ${data.length > 8 ? data.length : data}`);
      waiting.push(() => {
        log.push('parsed');
        done();
      });
    },
    resize: (c, r) => log.push(`resize ${c}x${r}`),
    reset: () => log.push('reset'),
  };
  return { target, log, finishOne: () => waiting.shift()?.() };
}

describe('TerminalQueue', () => {
  it('a resize waits until earlier writes are parsed', () => {
    const t = slowTerminal();
    const q = new TerminalQueue(t.target);
    q.write('abc');
    q.resize(100, 30);
    expect(t.log).toEqual(['write abc']);
    t.finishOne();
    expect(t.log).toEqual(['write abc', 'parsed', 'resize 100x30']);
  });

  it('a reset drops writes not yet handed over (three quick seeks leave no old output)', () => {
    const t = slowTerminal();
    const q = new TerminalQueue(t.target);
    q.write('one');
    q.write('two');
    q.reset();
    q.write('three');
    q.reset();
    q.write('four');
    t.finishOne();
    t.finishOne();
    expect(t.log).toEqual(['write one', 'parsed', 'reset', 'write four', 'parsed']);
    expect(q.pending).toBe(0);
  });

  it('splits long writes so that a reset cancels the rest', () => {
    const t = slowTerminal();
    const q = new TerminalQueue(t.target);
    q.write('x'.repeat(SLICE * 3));
    expect(q.pending).toBe(3);
    q.reset();
    t.finishOne();
    expect(t.log).toEqual([`write ${SLICE}`, 'parsed', 'reset']);
  });

  it('settled() resolves once everything queued is processed', async () => {
    const t = slowTerminal();
    const q = new TerminalQueue(t.target, (c, r) => t.log.push(`fitted ${c}x${r}`));
    q.write('a');
    q.resize(10, 5);
    let done = false;
    void q.settled().then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    t.finishOne();
    await Promise.resolve();
    expect(done).toBe(true);
    expect(t.log).toEqual(['write a', 'parsed', 'resize 10x5', 'fitted 10x5']);
  });
});
