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
import type { CastTheme } from '../lib/replay/asciicast';
import type { TerminalLike } from '../lib/replay/engine';
import { TerminalQueue } from '../lib/replay/terminal-queue';

let stylesheet: Promise<void> | undefined;

/** Adds xterm's stylesheet to the page once; resolves when it has loaded (xterm measures text with it). */
export function loadXtermStyles(): Promise<void> {
  stylesheet ??= new Promise<void>((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = xtermCss;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error('the terminal stylesheet did not load'));
    document.head.append(link);
  });
  return stylesheet;
}

/**
 * Colours on the player's dark background (the box is dark in both site
 * themes). Each ANSI colour is lightened enough to keep 4.5:1 contrast: the
 * default dark blue of BuildKit's output would be unreadable otherwise.
 */
export const SITE_THEME: ITheme = {
  background: '#16181d',
  foreground: '#e6e8eb',
  cursor: '#e6e8eb',
  cursorAccent: '#16181d',
  selectionBackground: '#3a4a63',
  black: '#5c6370',
  red: '#ff8a80',
  green: '#7ee2a8',
  yellow: '#f2c14e',
  blue: '#79b8ff',
  magenta: '#dcbdfb',
  cyan: '#76e3ea',
  white: '#e6e8eb',
  brightBlack: '#8b949e',
  brightRed: '#ffaba8',
  brightGreen: '#a5f0c5',
  brightYellow: '#f8d77e',
  brightBlue: '#a5d0ff',
  brightMagenta: '#e9d5ff',
  brightCyan: '#a3f0f4',
  brightWhite: '#ffffff',
};

const ANSI = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'] as const;

/** xterm's theme for a recording's own colours (8 colours repeat as the bright ones). */
export function castTheme(theme: CastTheme): ITheme {
  const out: ITheme = { background: theme.bg, foreground: theme.fg, cursor: theme.fg, cursorAccent: theme.bg };
  ANSI.forEach((name, i) => {
    out[name] = theme.palette[i];
    const bright = `bright${name[0]!.toUpperCase()}${name.slice(1)}` as keyof ITheme;
    (out as Record<string, string | undefined>)[bright] = theme.palette[i + 8] ?? theme.palette[i];
  });
  return out;
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
