/**
 * A session's static first frame, in colour: the build writes the recording
 * up to its poster time into a headless xterm (the same output, resizes and
 * order the player's engine would send) and reads the screen back as styled
 * rows (styled-frame.ts). The terminal is made by the caller: the build passes
 * `@xterm/headless`, so this module imports no package.
 */
import { styledRows, type ScreenLike, type StyledRun } from './styled-frame.ts';
import type { TerminalTheme } from './terminal-theme.ts';
import { eventCountAt, replayOps, type Timeline } from './timeline.ts';

/** A headless terminal as far as drawing a frame goes. */
export interface FrameTerminal extends ScreenLike {
  write(data: string, done?: () => void): void;
  resize(cols: number, rows: number): void;
  dispose(): void;
}

/** The screen at time `t` (ms), as styled rows under `theme`. */
export async function posterRows(
  timeline: Timeline,
  t: number,
  theme: TerminalTheme,
  makeTerminal: (cols: number, rows: number) => FrameTerminal,
): Promise<StyledRun[][]> {
  const term = makeTerminal(timeline.cols, timeline.rows);
  try {
    for (const op of replayOps(timeline, 0, eventCountAt(timeline, t))) {
      if (op.kind === 'resize') term.resize(op.cols, op.rows);
      // xterm parses writes later, in order: waiting for each keeps a resize after the text before it.
      else await new Promise<void>((resolve) => term.write(op.data, resolve));
    }
    return styledRows(term, theme);
  } finally {
    term.dispose();
  }
}
