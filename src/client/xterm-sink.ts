/**
 * The adapter between the replay engine and xterm.js: a `TerminalLike` backed
 * by a real `Terminal`, sized to the recording and scaled (font size) to fit
 * the box it is mounted in. Loaded only with the player chunk, and it loads
 * xterm's stylesheet itself, so pages without a player ship none of either.
 */
import { Terminal, type ITheme } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
// `?url`, not a plain import: Astro would link a plainly imported stylesheet
// from every page that can load this chunk, player or not.
import xtermCss from '@xterm/xterm/css/xterm.css?url';
import type { TerminalLike } from '../lib/replay/engine.ts';

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
export const XTERM_THEME: ITheme = {
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

/** Largest font size used, in px: beyond it a full-width player gets unwieldy. */
const MAX_FONT = 18;
const MIN_FONT = 5;

export interface XtermSink extends TerminalLike {
  /** Re-fits the font to the box (after the box changes size). */
  fit(): void;
  /** Resolves once everything written so far has been drawn. */
  flushed(): Promise<void>;
  dispose(): void;
}

/** Opens a terminal in `host` with the recording's size, scaled to fit `host`. */
export function mountXterm(host: HTMLElement, cols: number, rows: number): XtermSink {
  const term = new Terminal({
    cols,
    rows,
    theme: XTERM_THEME,
    fontFamily: getComputedStyle(host).fontFamily || 'monospace',
    fontSize: 14,
    // A replay: no input, no scrollback (the transcript holds the history), no blinking.
    disableStdin: true,
    scrollback: 0,
    cursorBlink: false,
    cursorInactiveStyle: 'none',
    allowProposedApi: false,
  });
  const fitAddon = new FitAddon();
  term.loadAddon(fitAddon);
  // Keys go to the player (space, arrows…), not to the terminal.
  term.attachCustomKeyEventHandler(() => false);
  term.open(host);
  // Not a focus stop: the player's own controls and screen take keyboard focus.
  if (term.textarea) term.textarea.tabIndex = -1;

  const fit = () => {
    // proposeDimensions() says how many cells fit at the current font size;
    // scale the font so the recording's own cols × rows fit instead.
    term.options.fontSize = 14;
    const at14 = fitAddon.proposeDimensions();
    if (!at14) return;
    const scale = Math.min(at14.cols / term.cols, at14.rows / term.rows);
    let size = Math.min(MAX_FONT, Math.max(MIN_FONT, Math.floor(14 * scale * 4) / 4));
    term.options.fontSize = size;
    for (let i = 0; i < 8; i++) {
      const d = fitAddon.proposeDimensions();
      if (!d || (d.cols >= term.cols && d.rows >= term.rows) || size <= MIN_FONT) break;
      size -= 0.25;
      term.options.fontSize = size;
    }
  };
  fit();

  return {
    write: (data) => term.write(data),
    resize: (c, r) => {
      term.resize(c, r);
      fit();
    },
    reset: () => term.reset(),
    fit,
    flushed: () => new Promise<void>((resolve) => term.write('', resolve)),
    dispose: () => term.dispose(),
  };
}
