/**
 * Seeking without replaying everything. The player's terminal keeps no
 * scrollback, so the screen at any moment shows only the last screenful of
 * output. When a recording is plain text (colours, erase-in-line, carriage
 * returns: what shells and docker print), everything written before the last
 * 2 × rows line feeds has scrolled away, and replaying from there gives the
 * same screen as replaying from the start. A seek then costs a few kilobytes
 * of terminal writes instead of the whole recording.
 *
 * The shortcut is only taken when it is exact. A start point must be at the
 * beginning of a line with colours reset, and be followed by a run of plain
 * events (text, colours, erase-in-line, carriage returns) holding those line
 * feeds: after them the screen no longer depends on anything skipped, so what
 * comes next (cursor movement, resizes) replays the same way. Recordings that
 * set scroll regions, origin mode, autowrap, the alternate screen, saved cursor
 * positions or line-drawing charsets keep state that could outlive the skipped
 * part, so they always replay from the beginning.
 */
import { CODES, countAtOrBefore, eventAt, eventCount, type Timeline } from './timeline.ts';

// Escape sequences: CSI (with parameters), OSC (up to BEL or ST), charset designations, or two-byte ESC x.
const ESCAPES = /\x1b(?:\[([0-9;:?<=>]*)[ -/]*([@-~])|\][^\x07\x1b]*(?:\x07|\x1b\\)|([()*+])(.)|(.))/gs;
/** CSI finals that only colour or edit the current line. */
const PLAIN_FINALS = new Set(['m', 'K', 'G', 'C', 'D']);
/** Private modes that never change where text lands: cursor keys, cursor blink/visibility, bracketed paste, mouse and focus reporting. */
const HARMLESS_MODES = /^\?(1|12|25|1000|1002|1003|1004|1005|1006|1015|1034|2004)$/;

interface Scan {
  plain: boolean;
  poison: boolean;
  /** Colours after this data: true = reset, false = set, undefined = untouched. */
  sgrReset: boolean | undefined;
  /** Cursor visibility after this data, when it changes. */
  cursorHidden: boolean | undefined;
}

function scan(data: string): Scan {
  // Most output has no escape sequence at all: plain, nothing to track.
  if (data.indexOf('\x1b') < 0 && data.indexOf('\x0e') < 0 && data.indexOf('\x0f') < 0) {
    return { plain: true, poison: false, sgrReset: undefined, cursorHidden: undefined };
  }
  const result: Scan = { plain: true, poison: /[\x0e\x0f]/.test(data), sgrReset: undefined, cursorHidden: undefined };
  for (const m of data.matchAll(ESCAPES)) {
    const [, params, final, charsetSlot, charset, single] = m;
    if (final !== undefined) {
      if (final === 'm') result.sgrReset = params === '' || /^0*$/.test(params ?? '');
      else if ((final === 'h' || final === 'l') && params !== undefined && HARMLESS_MODES.test(params)) {
        if (params === '?25') result.cursorHidden = final === 'l';
      } else if (!PLAIN_FINALS.has(final)) result.plain = false;
      if (final === 'r' || final === 's' || final === 'u') result.poison = true;
      if ((final === 'h' || final === 'l') && /^\?(6|7|47|69|1047|1048|1049)$/.test(params ?? '')) result.poison = true;
    } else if (charsetSlot !== undefined) {
      if (charset !== 'B') result.poison = true;
    } else if (single !== undefined) {
      result.plain = false; // index, reverse index, reset…
      if (single === '7' || single === '8') result.poison = true; // saved cursor
    }
  }
  return result;
}

export interface Shortcuts {
  /**
   * The event index to replay from (after a reset) so that the terminal shows
   * exactly the first `count` events; 0 when no shortcut applies.
   */
  startFor(count: number): number;
  /** What to write first when replaying from `start` (state the skipped part would have set). */
  preamble(start: number): string;
}

/** What the shortcuts are computed from: plain typed arrays, so a Web Worker can build them and hand them over. */
export interface ShortcutData {
  n: number;
  need: number;
  poisoned: boolean;
  lf: Int32Array;
  runEnd: Int32Array;
  hidden: Uint8Array;
  startList: Int32Array;
  anchors: Int32Array;
  anchorEnds: Int32Array;
}

export function buildShortcuts(timeline: Timeline): Shortcuts {
  return shortcutsFrom(buildShortcutData(timeline));
}

export function buildShortcutData(timeline: Timeline): ShortcutData {
  const n = eventCount(timeline);
  const need = 2 * timeline.rows;
  const lf = new Int32Array(n + 1); // lf[i] = line feeds in events [0, i)
  const plain = new Uint8Array(n);
  const hidden = new Uint8Array(n + 1); // cursor hidden before event i
  const starts: number[] = []; // where a replay may begin: line start, colours reset
  let poisoned = false;
  let lineStart = true;
  let sgrClean = true;
  for (let i = 0; i < n; i++) {
    if (timeline.codes[i] !== CODES.indexOf('o')) {
      if (lineStart && sgrClean && i > 0) starts.push(i);
      plain[i] = timeline.codes[i] === CODES.indexOf('r') ? 0 : 1;
      hidden[i + 1] = hidden[i]!;
      lf[i + 1] = lf[i]!;
      continue;
    }
    const e = eventAt(timeline, i);
    if (lineStart && sgrClean && i > 0) starts.push(i);
    plain[i] = e.code === 'r' ? 0 : 1;
    let feeds = 0;
    hidden[i + 1] = hidden[i]!;
    if (e.code === 'o') {
      const s = scan(e.data);
      plain[i] = s.plain ? 1 : 0;
      poisoned ||= s.poison;
      if (s.sgrReset !== undefined) sgrClean = s.sgrReset;
      if (s.cursorHidden !== undefined) hidden[i + 1] = s.cursorHidden ? 1 : 0;
      for (let j = e.data.indexOf('\n'); j >= 0; j = e.data.indexOf('\n', j + 1)) feeds++;
      // Column 0 for sure only after CR LF (a bare LF keeps the column).
      if (e.data.length > 0) lineStart = e.data.endsWith('\r\n');
    }
    lf[i + 1] = lf[i]! + feeds;
  }
  // runEnd[i]: end (exclusive) of the run of plain events starting at i.
  const runEnd = new Int32Array(n + 1);
  runEnd[n] = n;
  for (let i = n - 1; i >= 0; i--) runEnd[i] = plain[i] ? runEnd[i + 1]! : i;
  const startList = Int32Array.from(starts);
  // Starts whose own plain run holds enough line feeds: valid for any count at or after the run's end.
  const anchors = Int32Array.from(starts.filter((k) => lf[runEnd[k]!]! - lf[k]! >= need));
  const anchorEnds = Int32Array.from(anchors, (k) => runEnd[k]!); // non-decreasing, like the anchors
  return { n, need, poisoned, lf, runEnd, hidden, startList, anchors, anchorEnds };
}

export function shortcutsFrom(data: ShortcutData): Shortcuts {
  const { n, need, poisoned, lf, runEnd, hidden, startList, anchors, anchorEnds } = data;
  const latestAtOrBefore = (list: Int32Array, i: number) => {
    const at = countAtOrBefore(list, i) - 1;
    return at >= 0 ? list[at]! : 0;
  };

  return {
    startFor(count) {
      if (poisoned || count <= 0 || count > n) return 0;
      // A start inside the plain run that reaches `count`, with enough line feeds before it…
      const limit = lf[count]! - need;
      if (limit >= 0) {
        const k = latestAtOrBefore(startList, countAtOrBefore(lf, limit) - 1);
        if (k > 0 && runEnd[k]! >= count) return k;
      }
      // …or an earlier start whose whole run, ended by now, was long enough.
      const a = countAtOrBefore(anchorEnds, count) - 1;
      return a >= 0 ? anchors[a]! : 0;
    },
    preamble(start) {
      return hidden[start] ? '\x1b[?25l' : '';
    },
  };
}
