/**
 * Text layouts that Docker's own output uses, reproduced for the session
 * generator: tabwriter tables (`docker ps`, `docker images`), BuildKit's
 * progress display and Compose's progress display. Each display is a list of
 * frames over time; generate.ts draws them one over the other, as the real
 * tools do with cursor movements.
 */
import { COLOURS, type Buildkit, type ComposeProgress } from './scenario.ts';

/** Replaces colour tags (`<green>…</green>`) with ANSI colour codes. Unknown tags stay as text. */
export function colourize(text: string): string {
  return text.replace(/<(\/?)([a-z]+)>/g, (tag, close: string, name: string) => {
    const code = COLOURS[name];
    if (code === undefined) return tag;
    return close ? '\x1b[0m' : `\x1b[${code}m`;
  });
}

/** Length of text as the terminal shows it (colour tags and escape codes take no room). */
export function visibleLength(text: string): number {
  const plain = text.replace(/<\/?([a-z]+)>/g, (tag, name: string) => (COLOURS[name] === undefined ? tag : ''));
  return [...plain.replace(/\x1b\[[0-9;]*m/g, '')].length;
}

/**
 * Lays out rows like Go's tabwriter as the docker CLI configures it
 * (min width 10, padding 3): each column is as wide as its longest cell plus 3,
 * and at least 10; the last column is not padded.
 */
export function tabwrite(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      if (i < row.length - 1) widths[i] = Math.max(widths[i] ?? 0, Math.max(10, [...cell].length + 3));
    });
  }
  return rows.map((row) =>
    row
      .map((cell, i) => (i < row.length - 1 ? cell + ' '.repeat(widths[i]! - [...cell].length) : cell))
      .join('')
      .trimEnd(),
  );
}

/** `left` and `right` on one line of `width` columns, right part flush right; left cut to fit. */
export function align(left: string, right: string, width: number): string {
  const room = width - visibleLength(right) - 1;
  // Only long plain lines (digests) ever need cutting; BuildKit cuts them the same way.
  const cut = visibleLength(left) > room ? [...left].slice(0, room).join('') : left;
  return `${cut}${' '.repeat(Math.max(1, room - visibleLength(cut) + 1))}${right}`;
}

export interface Frame {
  /** Seconds of recording time from the start of the display. */
  at: number;
  lines: string[];
}

const secs = (n: number) => `${n.toFixed(1)}s`;

/** How many frames per recording second the simulated displays draw. */
const FPS = 5;

interface Span {
  start: number;
  end: number;
}

/**
 * BuildKit's TTY progress: a header with the elapsed time and the count of
 * finished steps, one line per started step with its time, detail lines, and
 * the last log lines of the running step. Steps run one after another here
 * (BuildKit overlaps some; the order of lines is the same). The last frame is
 * the FINISHED summary, drawn in blue as BuildKit does.
 */
export function buildkitFrames(spec: Buildkit, width: number): Frame[] {
  const spans: Span[] = [];
  let clock = 0;
  for (const step of spec.steps) {
    const took = step.cached ? 0 : step.took;
    spans.push({ start: clock, end: clock + took });
    clock += took;
  }
  const total = clock;
  const render = (t: number, finished: boolean): string[] => {
    const done = spans.filter((s) => s.end <= t).length;
    const head = finished
      ? `[+] Building ${secs(total)} (${spec.steps.length}/${spec.steps.length}) FINISHED`
      : `[+] Building ${secs(t)} (${done}/${spec.steps.length})`;
    const lines = [align(head, spec.builder, width)];
    spec.steps.forEach((step, i) => {
      const span = spans[i]!;
      if (span.start > t && !finished) return;
      const running = !finished && span.end > t;
      const shown = step.cached ? 0 : running ? t - span.start : step.took;
      const name = ` => ${step.cached ? 'CACHED ' : ''}${step.name}`;
      lines.push(align(name, secs(shown), width));
      for (const sub of step.sub ?? []) {
        const text = typeof sub === 'string' ? sub : sub.text;
        const took = typeof sub === 'string' ? 0 : sub.took;
        lines.push(align(` => => ${text}`, secs(running ? Math.min(took, shown) : took), width));
      }
      if (running && step.logs?.length) {
        // The logs appear one by one over the step's duration; the last six stay visible.
        const upto = Math.max(1, Math.ceil(((t - span.start) / Math.max(step.took, 0.001)) * step.logs.length));
        for (const log of step.logs.slice(0, upto).slice(-6)) lines.push(` => => # ${log}`.slice(0, width));
      }
    });
    return finished ? lines.map((l) => `<blue>${l}</blue>`) : lines;
  };
  const frames: Frame[] = [];
  const tick = 1 / FPS / spec.pace; // displayed seconds between frames
  for (let t = 0; t < total; t += tick) frames.push({ at: t * spec.pace, lines: render(t, false) });
  frames.push({ at: total * spec.pace, lines: render(total, true) });
  return frames;
}

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/**
 * Compose v2's progress: `[+] Running n/m`, then one line per resource with a
 * spinner and `Creating`/`Starting`… while working, a green check and
 * `Created`/`Started`… with its time when done.
 */
export function composeFrames(spec: ComposeProgress, width: number): Frame[] {
  const spans: Span[] = [];
  let clock = 0;
  for (const item of spec.items) {
    const start = item.start ?? clock;
    spans.push({ start, end: start + item.took });
    clock = start + item.took;
  }
  const total = Math.max(...spans.map((s) => s.end));
  const nameWidth = Math.max(...spec.items.map((i) => [...i.name].length)) + 2;
  const render = (t: number): string[] => {
    const done = spans.filter((s) => s.end <= t).length;
    const lines = [`[+] Running ${done}/${spec.items.length}`];
    spec.items.forEach((item, i) => {
      const span = spans[i]!;
      if (span.start > t) return;
      const finished = span.end <= t;
      const mark = finished ? '<green>✔</green>' : SPINNER[Math.floor(t * 10) % SPINNER.length]!;
      const label = ` ${mark} ${item.name.padEnd(nameWidth)}${(finished ? item.done : item.doing).padEnd(10)}`;
      const took = secs(finished ? span.end - span.start : t - span.start);
      lines.push(align(label, took, width));
    });
    return lines;
  };
  const frames: Frame[] = [];
  const tick = 1 / FPS / spec.pace;
  for (let t = 0; t < total; t += tick) frames.push({ at: t * spec.pace, lines: render(t) });
  frames.push({ at: total * spec.pace, lines: render(total) });
  return frames;
}
