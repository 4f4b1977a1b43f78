/**
 * A plain-text model of a terminal: enough of VT100 to turn recorded output
 * into readable lines, without colours. The build uses it for a session's
 * static first frame and its transcript; the player uses it for the transcript
 * of a file a user opens. xterm.js does the real rendering.
 *
 * Handled: printable text, CR, LF, BS, TAB, cursor moves (CSI A B C D E F G H f d),
 * erase in line/display (K, J), and clearing the screen (which scrolls the old
 * content up, as xterm does, so a transcript keeps it). Colours, modes, OSC
 * titles and other sequences are recognised and skipped, never printed.
 */

export interface ScreenOptions {
  /** Wrap long lines at this many columns (a real screen); omit for a transcript. */
  cols?: number;
  /** Rows of the visible screen: cursor addressing (CSI H) counts from its top. */
  rows: number;
}

// Parser states (plain numbers: Node's type stripping, used by scripts/, has no enums).
const Mode = { TEXT: 0, ESC: 1, CSI: 2, OSC: 3, OSC_ESC: 4, ESC_INTERMEDIATE: 5 } as const;
type ModeValue = (typeof Mode)[keyof typeof Mode];

export class Screen {
  private readonly lines: string[][] = [[]];
  private row = 0;
  private col = 0;
  /** First line of the visible screen; lines above it are scrollback. */
  private top = 0;
  private mode: ModeValue = Mode.TEXT;
  private params = '';
  private readonly cols: number | undefined;
  private readonly rows: number;

  constructor(options: ScreenOptions) {
    this.cols = options.cols;
    this.rows = options.rows;
  }

  /** Feeds terminal output (the data of `o` events) in order. */
  write(data: string): void {
    for (const ch of data) this.feed(ch);
  }

  /** Every line so far, scrollback included, with trailing spaces trimmed. */
  text(): string[] {
    return this.lines.map((l) => l.join('').trimEnd());
  }

  /** The visible screen: exactly `rows` lines, as the terminal shows them now. */
  frame(): string[] {
    const out = this.text().slice(this.top, this.top + this.rows);
    while (out.length < this.rows) out.push('');
    return out;
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
      else if (ch === '\t') this.col = (Math.floor(this.col / 8) + 1) * 8;
      return;
    }
    if (code >= 0x80 && code < 0xa0) return; // C1 controls: never printable
    if (this.cols !== undefined && this.col >= this.cols) {
      this.lineFeed(true);
    }
    const line = this.lines[this.row]!;
    while (line.length < this.col) line.push(' ');
    line[this.col] = ch;
    this.col++;
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
    this.col = Math.max(0, this.cols === undefined ? col : Math.min(col, this.cols - 1));
  }

  private csi(final: string, raw: string): void {
    if (/^[?>=!]/.test(raw)) return; // private modes (cursor visibility, alt screen…)
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
