import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAsciicast } from '../../../src/lib/replay/asciicast.ts';
import { Screen } from '../../../src/lib/replay/screen.ts';
import { buildShortcuts } from '../../../src/lib/replay/shortcut.ts';
import { buildTimeline, eventAt, eventCount, type Timeline } from '../../../src/lib/replay/timeline.ts';
import { seededRandom } from '../../../src/lib/sessions/generate.ts';
import { recording } from './helpers.ts';

/** A v2 recording from output chunks, one per second. */
function cast(chunks: string[], rows = 3): Timeline {
  return buildTimeline(
    recording([`{"version": 2, "width": 20, "height": ${rows}}`, ...chunks.map((c, i) => JSON.stringify([i + 1, 'o', c]))]),
  );
}
const lines = (n: number, prefix = 'line') => Array.from({ length: n }, (_, i) => `${prefix} ${i}\r\n`);

describe('buildShortcuts: when a seek may skip the beginning', () => {
  it('skips nothing while fewer than 2 × rows line feeds follow', () => {
    const s = buildShortcuts(cast(lines(6)));
    expect(s.startFor(6)).toBe(0);
  });

  it('starts late in a long plain log, with 2 × rows line feeds after the start', () => {
    const s = buildShortcuts(cast(lines(20)));
    expect(s.startFor(20)).toBe(14);
    expect(s.startFor(10)).toBe(4);
  });

  it('never starts inside a colour or in the middle of a line', () => {
    const s = buildShortcuts(cast([...lines(10), '\x1b[31mred ', 'still red\r\n', '\x1b[0m', ...lines(8)]));
    // Events 11 and 12 follow an unreset colour, so the start moves back to 10.
    expect(s.startFor(19)).toBe(10);
  });

  it('replays cursor movement and resizes from a start before them', () => {
    const up = buildShortcuts(cast([...lines(10), '\x1b[2A\rX\r\n', ...lines(3)]));
    expect(up.startFor(10)).toBe(4);
    // The cursor-up needs the lines before it: start where 6 line feeds precede it.
    expect(up.startFor(14)).toBe(4);
    // Too little plain output before the cursor movement: from the beginning.
    expect(buildShortcuts(cast([...lines(4), '\x1b[2A\rX\r\n', ...lines(3)])).startFor(8)).toBe(0);
  });

  it('is off for recordings that set a scroll region or line-drawing characters', () => {
    expect(buildShortcuts(cast(['\x1b[1;2r', ...lines(20)])).startFor(21)).toBe(0);
    expect(buildShortcuts(cast(['\x1b(0q\x1b(B\r\n', ...lines(20)])).startFor(21)).toBe(0);
  });

  it('accepts titles, bracketed paste and cursor visibility, and restores a hidden cursor', () => {
    const s = buildShortcuts(cast(['\x1b]0;t\x07\x1b[?2004h\x1b[?25l\r\n', ...lines(20)]));
    expect(s.startFor(21)).toBe(15);
    expect(s.preamble(15)).toBe('\x1b[?25l');
    expect(s.preamble(0)).toBe('');
  });
});

/** The screen after replaying events [from, count) on a fresh terminal. */
function screenFrom(timeline: Timeline, from: number, count: number, preamble = ''): string[] {
  const screen = new Screen({ cols: timeline.cols, rows: timeline.rows });
  screen.write(preamble);
  for (let i = from; i < count; i++) {
    const e = eventAt(timeline, i);
    if (e.code === 'o') screen.write(e.data);
  }
  return screen.frame();
}

function check(name: string, timeline: Timeline, samples = 150) {
  const s = buildShortcuts(timeline);
  const random = seededRandom(name);
  let used = 0;
  for (let k = 0; k < samples; k++) {
    const count = Math.floor(random() * (eventCount(timeline) + 1));
    const start = s.startFor(count);
    if (start > 0) used++;
    expect(screenFrom(timeline, start, count, s.preamble(start)), `${name} at ${count} events from ${start}`).toEqual(
      screenFrom(timeline, 0, count),
    );
  }
  return used;
}

describe('a shortcut replay gives exactly the full replay screen', () => {
  const casts = readdirSync('content/sessions').filter((n) => n.endsWith('.cast'));
  it.each(casts)('%s', (name) => {
    const parsed = parseAsciicast(readFileSync(`content/sessions/${name}`, 'utf8'));
    if (!parsed.ok) throw new Error(name);
    check(name, buildTimeline(parsed.recording));
  });

  it('a long generated log with colours, progress lines and redraws', () => {
    const random = seededRandom('log');
    const chunks: string[] = [];
    for (let i = 0; i < 1500; i++) {
      const r = random();
      if (r < 0.1) chunks.push(`\r\x1b[K${'='.repeat(i % 30)}> ${i % 100}%`);
      else if (r < 0.15) chunks.push(`\x1b[2A\r\x1b[Jredrawn ${i}\r\nblock\r\n`);
      else if (r < 0.3) chunks.push(`\x1b[3${i % 7}mcolour ${i}`);
      else chunks.push(`${'word '.repeat(i % 9)}${i}\x1b[0m\r\n`);
    }
    const timeline = cast(chunks, 5);
    expect(check('log', timeline, 200)).toBeGreaterThan(30);
  });
});
