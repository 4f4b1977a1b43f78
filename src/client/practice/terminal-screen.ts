/**
 * The xterm.js side of the practice terminal: opens the terminal in a box,
 * keeps it fitted, and draws the prompt and the line being edited (which may
 * wrap over several rows) with the pure redraw helpers.
 */
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import { redrawLine, rowsBelowCursor, START, type LineLayout } from '../../lib/terminal/redraw.ts';
import { loadXtermStyles, SITE_THEME } from '../xterm-sink.ts';

export interface Prompt {
  /** As written, colours included. */
  text: string;
  /** As read: what the log mirror shows; its length is the prompt's width. */
  plain: string;
}

export interface Shown {
  text: string;
  cursor: number;
}

export class TerminalScreen {
  private layout: LineLayout = START;
  private escapeArmed = false;

  private constructor(private readonly term: Terminal) {}

  /** Opens a terminal in `box`; `onData` receives what is typed or pasted. */
  static async open(box: HTMLElement, onData: (data: string) => void): Promise<TerminalScreen> {
    await loadXtermStyles();
    const term = new Terminal({
      theme: SITE_THEME,
      fontFamily: getComputedStyle(box).fontFamily || 'monospace',
      fontSize: 14,
      convertEol: true,
      scrollback: 2000,
      cursorBlink: false,
    });
    const fit = new FitAddon();
    term.loadAddon(fit);
    const screen = new TerminalScreen(term);
    term.attachCustomKeyEventHandler((e) => screen.letBrowserHave(e));
    // The page's drawing of the first lines makes way for the real terminal.
    box.replaceChildren();
    term.open(box);
    term.textarea?.setAttribute('aria-label', 'Terminal input: type a command and press Enter');
    fit.fit();
    new ResizeObserver(() => fit.fit()).observe(box);
    term.onData(onData);
    return screen;
  }

  /** Tab completes; Esc then Tab gives Tab back to the browser, so keyboard users can leave. */
  private letBrowserHave(e: KeyboardEvent): boolean {
    if (e.type !== 'keydown') return true;
    if (e.key === 'Tab' && this.escapeArmed) {
      this.escapeArmed = false;
      return false;
    }
    this.escapeArmed = e.key === 'Escape';
    return true;
  }

  focus(): void {
    this.term.focus();
  }

  write(text: string): void {
    this.term.write(text);
  }

  writeLine(text: string): void {
    this.term.write(`${text}\r\n`);
  }

  clear(): void {
    this.term.clear();
    this.term.write('\x1b[2J\x1b[H');
  }

  /** Starts a fresh prompt on the current row. */
  prompt(p: Prompt, shown: Shown): void {
    this.layout = START;
    this.redraw(p, shown);
  }

  redraw(p: Prompt, shown: Shown): void {
    const { sequence, layout } = redrawLine(this.layout, p.text, p.plain.length, shown.text, shown.cursor, this.term.cols);
    this.layout = layout;
    this.term.write(sequence);
  }

  /** Leaves the edited line (`text` as shown): moves to its end, writes `suffix`, starts a fresh row. */
  leaveLine(p: Prompt, text: string, suffix = ''): void {
    const width = p.plain.length;
    const below = rowsBelowCursor(width, text.length, this.layout, this.term.cols);
    const col = (width + text.length) % Math.max(1, this.term.cols);
    this.term.write(`${below > 0 ? `\x1b[${below}B` : ''}${suffix ? `\r${col ? `\x1b[${col}C` : ''}${suffix}` : ''}\r\n`);
  }
}
