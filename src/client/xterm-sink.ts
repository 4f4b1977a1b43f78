/**
 * The adapter between the replay engine and xterm.js: a `TerminalLike` backed
 * by a real `Terminal`, sized to the recording. Writes, resizes and resets go
 * through a TerminalQueue, so a frame is never drawn at the wrong size and a
 * seek drops the writes of the one before it. The type size comes from the
 * stylesheet (player.css: it fits the box, but never below 13px; a wider
 * recording scrolls sideways inside its box). Loaded only with the player
 * chunk, and it loads xterm's stylesheet itself.
 */
import { Terminal, type ITheme } from '@xterm/xterm';
// `?url`, not a plain import: Astro would link a plainly imported stylesheet
// from every page that can load this chunk, player or not.
import xtermCss from '@xterm/xterm/css/xterm.css?url';
import { SITE_THEME } from '../lib/replay/terminal-theme';
import type { TerminalLike } from '../lib/replay/engine';
import { TerminalQueue } from '../lib/replay/terminal-queue';
import { loadStylesheet } from './stylesheet';

export { castTheme, SITE_THEME } from '../lib/replay/terminal-theme';

/** Adds xterm's stylesheet to the page once; resolves when it has loaded (xterm measures text with it). */
export async function loadXtermStyles(): Promise<void> {
  try {
    await loadStylesheet(xtermCss);
  } catch {
    throw new Error('the terminal stylesheet did not load');
  }
}

export interface XtermSink extends TerminalLike {
  /** Takes the type size from CSS again (after the box changes size). */
  fit(): void;
  /** Resolves once everything written so far has been processed and drawn. */
  flushed(): Promise<void>;
  setTheme(theme: ITheme): void;
  dispose(): void;
}

/** Opens a terminal in `host` with the recording's size and the type size `host` gets from CSS. */
export function mountXterm(host: HTMLElement, cols: number, rows: number, theme: ITheme = SITE_THEME): XtermSink {
  const term = new Terminal({
    cols,
    rows,
    theme,
    fontFamily: getComputedStyle(host).fontFamily || 'monospace',
    fontSize: Number.parseFloat(getComputedStyle(host).fontSize) || 14,
    lineHeight: 1,
    // A replay: no input, no scrollback (the transcript holds the history), no blinking.
    disableStdin: true,
    scrollback: 0,
    cursorBlink: false,
    cursorInactiveStyle: 'none',
    allowProposedApi: false,
    // Links in a recording stay text (OSC 8 is also removed before it gets here).
    linkHandler: null,
  });
  // Keys go to the player (space, arrows…), not to the terminal.
  term.attachCustomKeyEventHandler(() => false);
  term.open(host);
  // Not a focus stop: the player's own controls and screen take keyboard focus.
  if (term.textarea) term.textarea.tabIndex = -1;

  const fit = () => {
    // The stylesheet sizes the type (--cast-font: fits the box's width, 13–18px) and the
    // box (rows × 1.2em) exactly as for the static first frame, so nothing moves.
    const size = Number.parseFloat(getComputedStyle(host).fontSize);
    if (Number.isFinite(size) && size > 0 && term.options.fontSize !== size) term.options.fontSize = size;
  };
  fit();

  const queue = new TerminalQueue(
    { write: (data, done) => term.write(data, done), resize: (c, r) => term.resize(c, r), reset: () => term.reset() },
    (c, r) => {
      // The box follows the recording's size, then the type follows the box.
      const player = host.closest<HTMLElement>('cn-cast-player');
      player?.style.setProperty('--cast-cols', String(c));
      player?.style.setProperty('--cast-rows', String(r));
      fit();
    },
  );

  return {
    write: (data) => queue.write(data),
    resize: (c, r) => queue.resize(c, r),
    reset: () => queue.reset(),
    fit,
    flushed: () => queue.settled(),
    setTheme: (t) => (term.options.theme = t),
    dispose: () => term.dispose(),
  };
}
