/**
 * The plain-text transcript of a recording, one entry per command: what screen
 * readers read, what search indexes and what a reader copies. Commands come
 * from the markers; output is the text the terminal showed between one marker
 * and the next, with progress redraws resolved (see screen.ts).
 */
import { MAX_ENTRY_LINES } from './limits.ts';
import { Screen } from './screen.ts';
import { eventAt, eventCount, type Timeline } from './timeline.ts';

export interface TranscriptEntry {
  /** Marker index, or -1 for output before the first marker. */
  index: number;
  /** Milliseconds from the start: where "play from here" jumps. */
  time: number;
  /** The marker's label (the command), absent for output before any marker. */
  command?: string;
  /** The prompt in front of the command as printed, e.g. `root@3f2a9c1e7b4d:/backend-flask#`. */
  prompt?: string;
  /** What the command printed, lines joined with `\n`. */
  output: string;
}

/** Splits a recording into commands and their output. Pure and deterministic. */
export function buildTranscript(timeline: Timeline): TranscriptEntry[] {
  const screen = new Screen({ rows: timeline.rows });
  const starts: number[] = [];
  for (let i = 0; i < eventCount(timeline); i++) {
    const e = eventAt(timeline, i);
    if (e.code === 'o') screen.write(e.data);
    else if (e.code === 'm') starts.push(screen.cursorLine);
  }
  const lines = screen.text();
  const prompts = new Set<string>();
  const parts: { entry: TranscriptEntry; chunk: string[] }[] = [
    { entry: { index: -1, time: 0, output: '' }, chunk: lines.slice(0, starts[0] ?? lines.length) },
  ];
  timeline.markers.forEach((marker, i) => {
    const chunk = lines.slice(starts[i], starts[i + 1] ?? lines.length);
    const entry: TranscriptEntry = { index: i, time: marker.time, output: '' };
    if (marker.label) entry.command = marker.label;
    const head = (chunk[0] ?? '').trimEnd();
    // The first line is the prompt with the command typed after it.
    if (marker.label && head.endsWith(marker.label)) {
      const prompt = head.slice(0, -marker.label.length).trim();
      if (prompt) {
        entry.prompt = prompt;
        prompts.add(prompt);
      }
      chunk.shift();
    }
    parts.push({ entry, chunk });
  });

  const isFiller = (line: string) => line.trim() === '' || prompts.has(line.trim());
  const entries: TranscriptEntry[] = [];
  for (const { entry, chunk } of parts) {
    // A prompt waiting for the next command is not output of this one.
    while (chunk.length > 0 && isFiller(chunk[chunk.length - 1]!)) chunk.pop();
    while (chunk.length > 0 && chunk[0]!.trim() === '') chunk.shift();
    if (chunk.length > MAX_ENTRY_LINES) {
      // The terminal still shows everything; the transcript keeps it readable (and the page light).
      const more = chunk.length - MAX_ENTRY_LINES;
      chunk.length = MAX_ENTRY_LINES;
      chunk.push(`… ${more} more lines (play the recording to see them)`);
    }
    entry.output = chunk.join('\n');
    if (entry.index >= 0 || entry.output !== '') entries.push(entry);
  }
  return entries;
}

/** The whole transcript as text (`$ command` lines and output), for copying and search. */
export function transcriptText(entries: readonly TranscriptEntry[]): string {
  return entries
    .map((e) => [e.command !== undefined ? `$ ${e.command}` : '', e.output].filter(Boolean).join('\n'))
    .filter(Boolean)
    .join('\n\n');
}

/**
 * The screen at time t as plain text, exactly `rows` lines of at most `cols`
 * characters: the static first frame shown before the player's code loads.
 */
export function frameAt(timeline: Timeline, t: number): string[] {
  const screen = new Screen({ cols: timeline.cols, rows: timeline.rows });
  for (let i = 0; i < eventCount(timeline); i++) {
    const e = eventAt(timeline, i);
    if (e.time > t) break;
    if (e.code === 'o') screen.write(e.data);
    else if (e.code === 'r') {
      const [cols, rows] = e.data.split('x').map(Number) as [number, number];
      screen.resize(cols, rows);
    }
  }
  return screen.frame();
}
