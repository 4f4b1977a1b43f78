/**
 * Turns a scenario into an asciicast v3 recording, deterministically: the same
 * scenario always gives the same bytes (typing rhythm comes from a PRNG seeded
 * with the slug), so `.cast` files only change when their scenario does and a
 * test can check that every shipped file is up to date.
 *
 * Each step becomes: a marker named after the command, the command typed
 * character by character, Enter, the output (progress displays drawn frame
 * over frame), an optional Ctrl+C, and the next prompt.
 */
import { buildkitFrames, colourize, composeFrames, tabwrite, type Frame } from './render.ts';
import type { Scenario, Step } from './scenario.ts';

/** The prompt every session starts with: the learner's laptop, in the Cruddur repository. */
export const HOST_PROMPT = '<bgreen>learner@laptop</bgreen>:<bblue>~/cruddur</bblue>$ ';

/** Header `timestamp` of every session (2026-01-05 09:00 UTC): fixed, so files are reproducible. */
const TIMESTAMP = 1767603600;
/** Pauses longer than this are shortened on replay (seconds). */
const IDLE_TIME_LIMIT = 2;

/** A small, fast PRNG (mulberry32) seeded from a string (FNV-1a). */
export function seededRandom(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type RawEvent = [micros: number, code: 'o' | 'm' | 'x', data: string];

class Recorder {
  readonly events: RawEvent[] = [];
  private now = 0; // microseconds, integers so intervals add up exactly

  wait(seconds: number): void {
    this.now += Math.round(seconds * 1e6);
  }

  emit(code: RawEvent[1], data: string): void {
    const last = this.events[this.events.length - 1];
    // Output written at the same instant is one write, as a pty would deliver it.
    if (last && last[0] === this.now && last[1] === 'o' && code === 'o') last[2] += data;
    else this.events.push([this.now, code, data]);
  }
}

/** Lines joined for the terminal: CRLF, as a pty delivers them. */
const crlf = (lines: readonly string[]) => lines.map((l) => `${colourize(l)}\r\n`).join('');

function drawFrames(rec: Recorder, frames: readonly Frame[]): void {
  let previous: Frame | undefined;
  for (const frame of frames) {
    rec.wait(frame.at - (previous?.at ?? 0));
    // Back to the top of the previous frame, erase it, draw the new one.
    const up = previous ? `\x1b[${previous.lines.length}A\r\x1b[J` : '';
    rec.emit('o', up + crlf(frame.lines));
    previous = frame;
  }
}

function typeCommand(rec: Recorder, command: string, random: () => number): void {
  for (const ch of command) {
    rec.emit('o', ch);
    // 30–80 ms a key, with an occasional hesitation after a space.
    rec.wait(0.03 + random() * 0.05 + (ch === ' ' && random() < 0.1 ? 0.2 : 0));
  }
  rec.wait(0.3 + random() * 0.2);
  rec.emit('o', '\r\n');
}

function playStep(rec: Recorder, step: Step, cols: number, random: () => number): void {
  rec.emit('m', step.run);
  rec.wait(0.5);
  typeCommand(rec, step.run, random);
  rec.wait(step.wait ?? 0.3);
  if (step.buildkit) drawFrames(rec, buildkitFrames(step.buildkit, cols));
  if (step.compose) {
    if (step.buildkit) rec.wait(0.2);
    drawFrames(rec, composeFrames(step.compose, cols));
  }
  if (step.frames) {
    let t = 0;
    drawFrames(
      rec,
      step.frames.map((f) => ({ at: (t += f.after), lines: f.text.replace(/\n$/, '').split('\n') })),
    );
  }
  if (step.table) rec.emit('o', crlf(tabwrite(step.table)));
  if (step.output !== undefined) {
    const lines = step.output.replace(/\n$/, '').split('\n');
    if (step.stream === undefined) rec.emit('o', crlf(lines));
    else {
      lines.forEach((line, i) => {
        if (i > 0) rec.wait(step.stream!);
        rec.emit('o', crlf([line]));
      });
    }
  }
  for (const chunk of step.chunks ?? []) {
    rec.wait(chunk.after);
    rec.emit('o', colourize(chunk.text.replace(/\n/g, '\r\n')));
  }
  if (step.interrupt !== undefined) {
    rec.wait(step.interrupt);
    rec.emit('o', '^C\r\n');
    if (step.afterInterrupt) rec.emit('o', crlf(step.afterInterrupt.replace(/\n$/, '').split('\n')));
  }
}

/** The `.cast` text (asciicast v3) for a scenario. */
export function generateCast(slug: string, scenario: Scenario): string {
  const random = seededRandom(slug);
  const prompts: Record<string, string> = { host: HOST_PROMPT, ...scenario.prompts };
  const rec = new Recorder();
  let prompt = prompts.host!;
  rec.wait(0.2);
  rec.emit('o', colourize(prompt));
  let pause = 0.8;
  for (const step of scenario.steps) {
    rec.wait(pause);
    playStep(rec, step, scenario.cols, random);
    if (step.prompt) prompt = prompts[step.prompt] ?? prompt;
    rec.wait(0.1);
    rec.emit('o', colourize(prompt));
    pause = step.pause ?? 1.2;
  }
  rec.wait(1.5);
  rec.emit('x', '0');

  const header = {
    version: 3,
    term: { cols: scenario.cols, rows: scenario.rows, type: 'xterm-256color' },
    timestamp: TIMESTAMP,
    idle_time_limit: IDLE_TIME_LIMIT,
    title: scenario.title,
    // Not part of the asciicast spec; players ignore unknown header fields.
    description: scenario.description,
    env: { SHELL: '/bin/bash' },
  };
  const out = [
    JSON.stringify(header),
    `# Generated by scripts/build-sessions.mjs from content/sessions/scenarios/${slug}.yaml: edit that file, then run npm run sessions.`,
  ];
  let last = 0;
  for (const [t, code, data] of rec.events) {
    out.push(JSON.stringify([Number(((t - last) / 1e6).toFixed(6)), code, data]));
    last = t;
  }
  return `${out.join('\n')}\n`;
}
