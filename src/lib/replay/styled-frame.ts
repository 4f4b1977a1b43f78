/**
 * A terminal screen as coloured HTML: the static first frame of a session,
 * drawn at build time from xterm.js's own buffer (its headless build, the
 * same emulator the player draws with), so the page shows the opening lines
 * in their colours before any script runs and nothing changes when xterm
 * takes over. Colours follow xterm's rules: bold makes the 8 basic colours
 * bright, inverse swaps foreground and background, dim is half opacity.
 *
 * The terminal is passed in (only the buffer reading below is used), so this
 * module imports no package and touches no DOM.
 */
import { palette256, type TerminalTheme } from './terminal-theme.ts';

/** The part of xterm's `IBufferCell` read here. */
export interface CellLike {
  getChars(): string;
  getWidth(): number;
  isBold(): number;
  isItalic(): number;
  isDim(): number;
  isUnderline(): number;
  isInverse(): number;
  isInvisible(): number;
  isStrikethrough(): number;
  isFgDefault(): boolean;
  isBgDefault(): boolean;
  isFgRGB(): boolean;
  isBgRGB(): boolean;
  getFgColor(): number;
  getBgColor(): number;
}

/** The part of a headless xterm `Terminal` read here. */
export interface ScreenLike {
  readonly cols: number;
  readonly rows: number;
  readonly buffer: {
    readonly active: {
      readonly viewportY: number;
      getLine(y: number): { getCell(x: number): CellLike | undefined } | undefined;
    };
  };
}

/** A stretch of one row in one style; `style` is CSS declarations, empty for the terminal's defaults. */
export interface StyledRun {
  text: string;
  style: string;
}

const rgb = (n: number) => `#${n.toString(16).padStart(6, '0')}`;

/** CSS for one cell's looks under `theme` (xterm's rules), or '' when it looks like a blank default cell. */
export function cellStyle(cell: CellLike, theme: TerminalTheme, colours = palette256(theme)): string {
  const bold = cell.isBold() !== 0;
  let fg: string | undefined;
  if (cell.isFgRGB()) fg = rgb(cell.getFgColor());
  else if (!cell.isFgDefault()) {
    const n = cell.getFgColor();
    // xterm's drawBoldTextInBrightColors (on by default).
    fg = colours[bold && n < 8 ? n + 8 : n];
  }
  let bg = cell.isBgRGB() ? rgb(cell.getBgColor()) : cell.isBgDefault() ? undefined : colours[cell.getBgColor()];
  if (cell.isInverse()) [fg, bg] = [bg ?? theme.background, fg ?? theme.foreground];
  const decls: string[] = [];
  if (fg) decls.push(`color:${fg}`);
  if (bg) decls.push(`background:${bg}`);
  if (bold) decls.push('font-weight:bold');
  if (cell.isItalic()) decls.push('font-style:italic');
  if (cell.isDim()) decls.push('opacity:0.5');
  const lines = [cell.isUnderline() ? 'underline' : '', cell.isStrikethrough() ? 'line-through' : ''].filter(Boolean);
  if (lines.length) decls.push(`text-decoration:${lines.join(' ')}`);
  if (cell.isInvisible()) decls.push('visibility:hidden');
  return decls.join(';');
}

/** The visible screen, row by row, as runs of equally styled text; blank default cells at a row's end are left out. */
export function styledRows(screen: ScreenLike, theme: TerminalTheme): StyledRun[][] {
  const colours = palette256(theme);
  const buffer = screen.buffer.active;
  const rows: StyledRun[][] = [];
  for (let y = 0; y < screen.rows; y++) {
    const line = buffer.getLine(buffer.viewportY + y);
    const cells: StyledRun[] = [];
    for (let x = 0; x < screen.cols && line; x++) {
      const cell = line.getCell(x);
      // The second half of a wide character.
      if (!cell || cell.getWidth() === 0) continue;
      cells.push({ text: cell.getChars() || ' ', style: cellStyle(cell, theme, colours) });
    }
    // A space shows nothing unless it has a background or a line through or under it.
    while (
      cells.length > 0 &&
      cells[cells.length - 1]!.text === ' ' &&
      !/background|text-decoration/.test(cells[cells.length - 1]!.style)
    ) {
      cells.pop();
    }
    const runs: StyledRun[] = [];
    for (const cell of cells) {
      const last = runs[runs.length - 1];
      if (last && last.style === cell.style) last.text += cell.text;
      else runs.push({ ...cell });
    }
    rows.push(runs);
  }
  return rows;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ESCAPES[c]!);

/** HTML for a `<pre>`: one line per row, styled runs in spans. */
export function styledMarkup(rows: readonly StyledRun[][]): string {
  return rows
    .map((runs) =>
      runs.map((r) => (r.style ? `<span style="${escapeHtml(r.style)}">${escapeHtml(r.text)}</span>` : escapeHtml(r.text))).join(''),
    )
    .join('\n');
}

/** The rows as plain text (what a reader sees, without colours). */
export function styledText(rows: readonly StyledRun[][]): string[] {
  return rows.map((runs) => runs.map((r) => r.text).join(''));
}
