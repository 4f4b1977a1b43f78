/**
 * A plain-text model of a terminal: enough of VT100 to turn recorded output
 * into readable lines, without colours. The build uses it for a session's
 * static first frame and its transcript; the player uses it for the transcript
 * of a file a user opens. xterm.js does the real rendering.
 *
 * Handled: printable text (wide CJK characters take two cells, as in xterm),
 * CR, LF, BS, TAB, cursor moves (CSI A B C D E F G H f d), erase in line/display
 * (K, J), clearing the screen (which scrolls the old content up, as xterm does,
 * so a transcript keeps it), the alternate screen (full-screen apps: shown by
 * `frame()`, left out of the transcript) and resizes. Colours, other modes, OSC
 * titles and other sequences are recognised and skipped, never printed.
 * Every position is bounded by MAX_COLS × MAX_ROWS, whatever the input asks.
 */
import { charWidth } from './char-width.ts';
import { MAX_COLS } from './limits.ts';

export interface ScreenOptions {
  /** Wrap long lines at this many columns (a real screen); omit for a transcript. */
  cols?: number;
  /** Rows of the visible screen: cursor addressing (CSI H) counts from its top. */
  rows: number;
}

// Parser states (plain numbers: Node's type stripping, used by scripts/, has no enums).
const Mode = { TEXT: 0, ESC: 1, CSI: 2, OSC: 3, OSC_ESC: 4, ESC_INTERMEDIATE: 5 } as const;
type ModeValue = (typeof Mode)[keyof typeof Mode];

/** Where writing goes: the main buffer (with scrollback) or the alternate screen. */
interface Buffer {
  lines: string[][];
  row: number;
  col: number;
  /** First line of the visible screen; lines above it are scrollback. */
  top: number;
}

export class Screen {
  private lines: string[][] = [[]];
  private row = 0;
  private col = 0;
  private top = 0;
  /** The main buffer while the alternate screen is active. */
  private saved: Buffer | undefined;
  private mode: ModeValue = Mode.TEXT;
  private params = '';
  private cols: number | undefined;
  private rows: number;

  constructor(options: ScreenOptions) {
    this.cols = options.cols;
    this.rows = options.rows;
  }

  /** Feeds terminal output (the data of `o` events) in order. */
  write(data: string): void {
    for (const ch of data) this.feed(ch);
  }

  /** Every line of the main buffer so far, scrollback included, with trailing spaces trimmed. */
  text(): string[] {
    return (this.saved?.lines ?? this.lines).map((l) => l.join('').trimEnd());
  }

  /** The visible screen: exactly `rows` lines, as the terminal shows them now (alternate screen included). */
  frame(): string[] {
    const out = this.lines.slice(this.top, this.top + this.rows).map((l) => l.join('').trimEnd());
    while (out.length < this.rows) out.push('');
    return out;
  }

  /** A resize ("r" event): later text wraps at the new width; the cursor stays on screen. */
  resize(cols: number, rows: number): void {
    if (this.cols !== undefined) this.cols = Math.min(cols, MAX_COLS);
    const bottom = this.top + this.rows;
    this.rows = rows;
    // Shrinking keeps the lines nearest the cursor, as xterm does.
    if (this.row >= this.top + rows) this.top = this.row - rows + 1;
    else if (bottom > this.top + rows && this.lines.length > this.top + rows)
      this.top = Math.max(0, Math.min(this.top, this.lines.length - rows));
    this.col = Math.min(this.col, this.maxCol());
  }

  private maxCol(): number {
    return (this.cols ?? MAX_COLS) - 1;
  }

  private alternate(on: boolean): void {
    if (on === (this.saved !== undefined)) return;
    if (on) {
      this.saved = { lines: this.lines, row: this.row, col: this.col, top: this.top };
      this.lines = Array.from({ length: this.rows }, () => []);
      this.top = 0;
      this.row = Math.min(this.row - this.saved.top, this.rows - 1);
    } else {
      ({ lines: this.lines, row: this.row, col: this.col, top: this.top } = this.saved!);
      this.saved = undefined;
    }
  }

  /** Index of the line the cursor is on, counting scrollback. */
  get cursorLine(): number {
    return this.row;
  }

  private feed(ch: string): void {
    switch (this.mode) {
      case Mode.TEXT:
        return this.text1(ch);
      case Mode.ESC:
        if (ch === '[') {
          this.mode = Mode.CSI;
          this.params = '';
        } else if (ch === ']') this.mode = Mode.OSC;
        else if (ch >= ' ' && ch <= '/') this.mode = Mode.ESC_INTERMEDIATE;
        else {
          if (ch === 'D' || ch === 'E') this.lineFeed(ch === 'E');
          else if (ch === 'M') this.moveTo(this.row - 1, this.col);
          this.mode = Mode.TEXT;
        }
        return;
      case Mode.ESC_INTERMEDIATE:
        // ESC ( B and friends: one final byte ends them.
        if (ch < ' ' || ch > '/') this.mode = Mode.TEXT;
        return;
      case Mode.CSI:
        if (ch >= '@' && ch <= '~') {
          this.mode = Mode.TEXT;
          this.csi(ch, this.params);
        } else this.params += ch;
        return;
      case Mode.OSC:
        if (ch === '\x07') this.mode = Mode.TEXT;
        else if (ch === '\x1b') this.mode = Mode.OSC_ESC;
        return;
      case Mode.OSC_ESC:
        this.mode = ch === '\\' ? Mode.TEXT : Mode.OSC;
        return;
    }
  }

  private text1(ch: string): void {
    const code = ch.codePointAt(0)!;
    if (code === 0x1b) {
      this.mode = Mode.ESC;
      return;
    }
    if (code < 0x20 || code === 0x7f) {
      if (ch === '\n' || ch === '\v' || ch === '\f') this.lineFeed(false);
      else if (ch === '\r') this.col = 0;
      else if (ch === '\b') this.col = Math.max(0, this.col - 1);
      else if (ch === '\t') this.col = Math.min(this.maxCol(), (Math.floor(this.col / 8) + 1) * 8);
      return;
    }
    if (code >= 0x80 && code < 0xa0) return; // C1 controls: never printable
    const width = charWidth(code);
    const line0 = this.lines[this.row]!;
    if (width === 0) {
      // A combining mark joins the character before it.
      const at = Math.max(0, this.col - 1);
      if (line0[at] !== undefined) line0[at] += ch;
      return;
    }
    if (this.cols !== undefined && this.col + width > this.cols) this.lineFeed(true);
    // Without a width (a transcript), text past the last column overwrites it.
    if (this.col + width > MAX_COLS) this.col = MAX_COLS - width;
    const line = this.lines[this.row]!;
    while (line.length < this.col) line.push(' ');
    line[this.col] = ch;
    // The second cell of a wide character holds nothing, so joining the cells gives the text.
    if (width === 2) line[this.col + 1] = '';
    this.col += width;
  }

  private lineFeed(carriageReturn: boolean): void {
    this.row++;
    if (carriageReturn) this.col = 0;
    while (this.lines.length <= this.row) this.lines.push([]);
    this.top = Math.max(this.top, this.row - this.rows + 1);
  }

  private moveTo(row: number, col: number): void {
    // The cursor cannot leave the visible screen (no scrolling back into history).
    this.row = Math.min(Math.max(row, this.top), this.top + this.rows - 1);
    while (this.lines.length <= this.row) this.lines.push([]);
    this.col = Math.max(0, Math.min(col, this.maxCol()));
  }

  private csi(final: string, raw: string): void {
    if (raw.startsWith('?') && (final === 'h' || final === 'l')) {
      if (/(?:^|[?;])(?:1049|1047|47)(?:;|$)/.test(raw)) this.alternate(final === 'h');
      return;
    }
    if (/^[?>=!]/.test(raw)) return; // other private modes (cursor visibility…)
    const nums = raw.split(';').map((p) => (p === '' ? NaN : Number.parseInt(p, 10)));
    const n = Number.isFinite(nums[0]) && nums[0]! > 0 ? nums[0]! : 1;
    const line = this.lines[this.row]!;
    switch (final) {
      case 'A':
        return this.moveTo(this.row - n, this.col);
      case 'B':
        return this.moveTo(this.row + n, this.col);
      case 'C':
        return this.moveTo(this.row, this.col + n);
      case 'D':
        return this.moveTo(this.row, this.col - n);
      case 'E':
        return this.moveTo(this.row + n, 0);
      case 'F':
        return this.moveTo(this.row - n, 0);
      case 'G':
        return this.moveTo(this.row, n - 1);
      case 'd':
        return this.moveTo(this.top + n - 1, this.col);
      case 'H':
      case 'f': {
        const c = Number.isFinite(nums[1]) && nums[1]! > 0 ? nums[1]! : 1;
        return this.moveTo(this.top + n - 1, c - 1);
      }
      case 'X': // erase characters: blanks from the cursor on, the cursor stays
        for (let i = this.col; i < this.col + n && i < line.length; i++) line[i] = ' ';
        return;
      case 'P': // delete characters: the rest of the line moves left
        line.splice(this.col, n);
        return;
      case '@': // insert blanks: the rest of the line moves right
        if (this.col < line.length) line.splice(this.col, 0, ...Array.from({ length: Math.min(n, MAX_COLS) }, () => ' '));
        if (line.length > this.maxCol() + 1) line.length = this.maxCol() + 1;
        return;
      case 'K': {
        const mode = Number.isFinite(nums[0]) ? nums[0] : 0;
        if (mode === 0) line.length = Math.min(line.length, this.col);
        else if (mode === 1) for (let i = 0; i <= this.col && i < line.length; i++) line[i] = ' ';
        else line.length = 0;
        return;
      }
      case 'J': {
        const mode = Number.isFinite(nums[0]) ? nums[0] : 0;
        if (mode === 0) {
          line.length = Math.min(line.length, this.col);
          this.lines.length = this.row + 1;
        } else if (mode === 1) {
          for (let r = this.top; r < this.row; r++) this.lines[r] = [];
          for (let i = 0; i <= this.col && i < line.length; i++) line[i] = ' ';
        } else this.clearScreen();
        return;
      }
      default:
        return; // SGR colours and everything else: no effect on the text
    }
  }

  private clearScreen(): void {
    // Like xterm: the visible content scrolls into history and the screen starts
    // empty, with the cursor kept at the same position relative to the screen.
    const offset = this.row - this.top;
    while (this.lines.length > 0 && this.lines[this.lines.length - 1]!.length === 0 && this.lines.length > this.top) {
      this.lines.pop();
    }
    this.top = this.lines.length;
    this.row = this.top + offset;
    while (this.lines.length <= this.row) this.lines.push([]);
  }
}

/** Plain text of the whole output, one string per line (convenience for tests and search). */
export function plainText(data: string, rows = 24): string[] {
  const screen = new Screen({ rows });
  screen.write(data);
  return screen.text();
}
