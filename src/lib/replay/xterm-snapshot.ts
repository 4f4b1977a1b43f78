/**
 * Keyframe snapshots from a headless xterm.js (the same emulator the player
 * draws with): `@xterm/addon-serialize` turns both screens, the cursor and its
 * colours into escape sequences; this adds what the addon leaves out and the
 * player needs (the scroll region, a hidden cursor, the saved cursor, modes set
 * after the cursor is placed, since origin mode moves it).
 *
 * A snapshot is only trusted when it round-trips: it is written into a second,
 * reset terminal and both must agree on everything here (screen, cursor, the
 * pending wrap at the right edge, modes, charsets). When they do not (a state
 * no escape sequence can restore), the builder tries a few events later.
 *
 * The terminal classes are injected (the worker passes xterm's headless build,
 * tests too), so this module imports no package and touches no DOM. It reads
 * a few of xterm's internal fields (the lockfile pins xterm's version), and
 * the round-trip check turns any change in them into "no keyframe", never
 * into a wrong frame.
 */

/** The part of @xterm/headless's Terminal used here. */
export interface HeadlessLike {
  readonly cols: number;
  readonly rows: number;
  readonly modes: {
    applicationCursorKeysMode: boolean;
    applicationKeypadMode: boolean;
    bracketedPasteMode: boolean;
    insertMode: boolean;
    originMode: boolean;
    reverseWraparoundMode: boolean;
    sendFocusMode: boolean;
    mouseTrackingMode: string;
    wraparoundMode: boolean;
  };
  readonly buffer: {
    readonly alternate: unknown;
    readonly active: {
      readonly viewportY: number;
      getLine(y: number): { getCell(x: number): (Styled & { getWidth(): number; getChars(): string }) | undefined } | undefined;
    };
  };
  write(data: string, callback?: () => void): void;
  resize(cols: number, rows: number): void;
  reset(): void;
  loadAddon(addon: unknown): void;
  dispose(): void;
}

export interface SerializerLike {
  serialize(options?: { excludeModes?: boolean; excludeAltBuffer?: boolean; scrollback?: number }): string;
}

export interface SnapshotDeps {
  createTerminal(cols: number, rows: number): HeadlessLike;
  createSerializer(): SerializerLike;
}

/** xterm's internal state read here (private fields, hence the loose type). */
interface Internals {
  buffer: { x: number; y: number; scrollTop: number; scrollBottom: number; savedX: number; savedY: number };
  buffers: { active: unknown; alt: unknown };
  coreService: { isCursorHidden: boolean };
  _charsetService: { glevel: number; charset: unknown };
}

const internals = (t: HeadlessLike) => (t as unknown as { _core: Internals })._core;

/** A cell's (or the cursor's) colours and styles, as xterm exposes them. */
interface Styled {
  isFgRGB(): boolean | number;
  isFgPalette(): boolean | number;
  isBgRGB(): boolean | number;
  isBgPalette(): boolean | number;
  getFgColor(): number;
  getBgColor(): number;
  isBold(): boolean | number;
  isDim(): boolean | number;
  isItalic(): boolean | number;
  isUnderline(): boolean | number;
  isBlink(): boolean | number;
  isInverse(): boolean | number;
  isInvisible(): boolean | number;
  isStrikethrough(): boolean | number;
  isOverline(): boolean | number;
}

function colour(rgb: boolean | number, palette: boolean | number, value: number, base: number): string {
  if (rgb) return `${base + 8};2;${(value >> 16) & 255};${(value >> 8) & 255};${value & 255}`;
  if (palette) return `${base + 8};5;${value}`;
  return `${base + 9}`;
}

/** SGR escape that sets exactly these colours and styles. */
export function sgr(c: Styled): string {
  const parts = ['0', colour(c.isFgRGB(), c.isFgPalette(), c.getFgColor(), 30), colour(c.isBgRGB(), c.isBgPalette(), c.getBgColor(), 40)];
  const flags: [boolean | number, number][] = [
    [c.isBold(), 1],
    [c.isDim(), 2],
    [c.isItalic(), 3],
    [c.isUnderline(), 4],
    [c.isBlink(), 5],
    [c.isInverse(), 7],
    [c.isInvisible(), 8],
    [c.isStrikethrough(), 9],
    [c.isOverline(), 53],
  ];
  for (const [on, code] of flags) if (on) parts.push(String(code));
  return `\x1b[${parts.join(';')}m`;
}

const MOUSE: Record<string, string> = { x10: '\x1b[?9h', vt200: '\x1b[?1000h', drag: '\x1b[?1002h', any: '\x1b[?1003h' };

/**
 * Places the cursor. At the right edge with a wrap pending (xterm keeps x =
 * cols), no cursor move can express that state: the last character of the row
 * is written again, in its own colours, which leaves the same pending wrap.
 */
function placeCursor(t: HeadlessLike, y: number): string {
  const core = internals(t);
  const b = core.buffer;
  if (b.x < t.cols) return `\x1b[${y + 1};${b.x + 1}H`;
  const line = t.buffer.active.getLine(t.buffer.active.viewportY + b.y);
  let col = t.cols - 1;
  let cell = line?.getCell(col);
  if (cell && cell.getWidth() === 0 && col > 0) cell = line?.getCell(--col);
  if (!cell) return `\x1b[${y + 1};${t.cols}H`;
  const current = (t as unknown as { _core: { _inputHandler: { _curAttrData: Styled } } })._core._inputHandler._curAttrData;
  return `\x1b[${y + 1};${col + 1}H${sgr(cell)}${cell.getChars() || ' '}${sgr(current)}`;
}

/** Escapes for the state the serializer does not write, to follow its output. */
function extras(t: HeadlessLike): string {
  const core = internals(t);
  const b = core.buffer;
  const m = t.modes;
  let out = '';
  // The saved cursor (ESC 7) of the active screen: its position only.
  out += `\x1b[${b.savedY + 1};${b.savedX + 1}H\x1b7`;
  if (b.scrollTop !== 0 || b.scrollBottom !== t.rows - 1) out += `\x1b[${b.scrollTop + 1};${b.scrollBottom + 1}r`;
  if (m.applicationCursorKeysMode) out += '\x1b[?1h';
  if (m.applicationKeypadMode) out += '\x1b[?66h';
  if (m.bracketedPasteMode) out += '\x1b[?2004h';
  if (m.reverseWraparoundMode) out += '\x1b[?45h';
  if (m.sendFocusMode) out += '\x1b[?1004h';
  out += MOUSE[m.mouseTrackingMode] ?? '';
  if (!m.wraparoundMode) out += '\x1b[?7l';
  // Always set: xterm's reset() leaves the cursor hidden when it was.
  out += core.coreService.isCursorHidden ? '\x1b[?25l' : '\x1b[?25h';
  // Origin mode homes the cursor, and cursor positions become relative to the region: place it after.
  if (m.originMode) out += '\x1b[?6h';
  out += placeCursor(t, m.originMode ? b.y - b.scrollTop : b.y);
  // Insert mode last: the cursor placement may write a character.
  if (m.insertMode) out += '\x1b[4h';
  return out;
}

/** Everything a restored terminal must agree on with the original. */
function fingerprint(t: HeadlessLike, serializer: SerializerLike): string {
  const core = internals(t);
  const b = core.buffer;
  const cs = core._charsetService;
  return JSON.stringify([
    serializer.serialize({ excludeModes: true, scrollback: 0 }),
    t.cols,
    t.rows,
    core.buffers.active === core.buffers.alt,
    [b.x, b.y, b.scrollTop, b.scrollBottom, b.savedX, b.savedY],
    t.modes,
    core.coreService.isCursorHidden,
    [cs.glevel, cs.charset !== undefined],
  ]);
}

/**
 * Both screens. The addon writes the alternate screen as a continuation of the
 * normal one (its colours as changes from the normal screen's last cell),
 * which xterm does not restore faithfully; each is serialized on its own here,
 * from default colours. (Its per-buffer method is internal; the round-trip
 * check covers it.)
 */
function screens(t: HeadlessLike, serializer: SerializerLike): string {
  const normal = serializer.serialize({ excludeModes: true, excludeAltBuffer: true, scrollback: 0 });
  const core = internals(t);
  if (core.buffers.active !== core.buffers.alt) return normal;
  const addon = serializer as unknown as { _serializeBufferByScrollback(t: unknown, b: unknown, s: number | undefined): string };
  return `${normal}\x1b[0m\x1b[?1049h\x1b[H\x1b[0m${addon._serializeBufferByScrollback(t, t.buffer.alternate, undefined)}`;
}

const written = (t: HeadlessLike, data: string) => new Promise<void>((resolve) => t.write(data, resolve));

/** A headless terminal that plays output and takes verified snapshots of itself. */
export class SnapshotTerminal {
  private readonly term: HeadlessLike;
  private readonly serializer: SerializerLike;
  private readonly scratch: HeadlessLike;
  private readonly scratchSerializer: SerializerLike;

  constructor(deps: SnapshotDeps, cols: number, rows: number) {
    this.term = deps.createTerminal(cols, rows);
    this.serializer = deps.createSerializer();
    this.term.loadAddon(this.serializer);
    this.scratch = deps.createTerminal(cols, rows);
    this.scratchSerializer = deps.createSerializer();
    this.scratch.loadAddon(this.scratchSerializer);
  }

  write(data: string): Promise<void> {
    return written(this.term, data);
  }

  resize(cols: number, rows: number): void {
    this.term.resize(cols, rows);
  }

  /** Escapes that rebuild this terminal's state in a reset one of the same size, or undefined when they would not. */
  async snapshot(): Promise<string | undefined> {
    const data = screens(this.term, this.serializer) + extras(this.term);
    this.scratch.reset();
    if (this.scratch.cols !== this.term.cols || this.scratch.rows !== this.term.rows) this.scratch.resize(this.term.cols, this.term.rows);
    await written(this.scratch, data);
    return fingerprint(this.scratch, this.scratchSerializer) === fingerprint(this.term, this.serializer) ? data : undefined;
  }

  dispose(): void {
    this.term.dispose();
    this.scratch.dispose();
  }
}
