/**
 * A streaming filter between a recording's output and any terminal (xterm.js
 * or the plain-text model). Real output passes through unchanged; what a
 * crafted file could use to freeze or mislead is bounded or removed:
 * - numeric CSI parameters are capped at MAX_CSI_PARAM, so `ESC[999999999C`
 *   or a REP (`ESC[…b`) with a huge count cost no more than a screenful;
 * - a control sequence with absurdly long parameters is dropped whole;
 * - OSC 8 hyperlinks and OSC 52 clipboard writes are removed (links in an
 *   opened file stay inert text), and over-long OSC/DCS strings are dropped.
 * Sequences may be split across events: the unfinished tail is held back and
 * completed by the next `push`.
 */
import { MAX_CSI_LENGTH, MAX_CSI_PARAM, MAX_STRING_SEQUENCE } from './limits.ts';

/** Starts of sequences: ESC, and the 8-bit CSI, DCS, OSC, SOS, PM, APC. */
const SPECIAL = /[\x1b\x90\x98\x9b\x9d\x9e\x9f]/g;
/** OSC numbers removed: 8 hyperlinks, 52 clipboard. */
const DROPPED_OSC = /^(?:8|52);/;
const CAP = String(MAX_CSI_PARAM);

/** How a sequence starting at `at` ends: its end index, or -1 if the data ends first. */
function csiEnd(data: string, from: number): number {
  for (let i = from; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c >= 0x40 && c <= 0x7e) return i;
    // A C0 control inside CSI executes and the sequence goes on, as in xterm; ESC aborts it.
    if (c === 0x1b) return i - 1;
  }
  return -1;
}

/** End of an OSC/DCS string (index after its terminator), or -1 if not yet terminated. */
function stringEnd(data: string, from: number): number {
  for (let i = from; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === 0x07 || c === 0x9c) return i + 1;
    if (c === 0x1b) {
      if (i + 1 >= data.length) return -1;
      return data[i + 1] === '\\' ? i + 2 : i; // ESC \ ends it; another ESC aborts it
    }
  }
  return -1;
}

function capParams(params: string): string {
  return params.replace(/\d{5,}/g, (n) => (Number(n) > MAX_CSI_PARAM ? CAP : n));
}

export class OutputSanitizer {
  /** An unfinished sequence from the previous push. */
  private pending = '';

  /** Returns the output that is safe to write now. */
  push(chunk: string): string {
    const data = this.pending + chunk;
    this.pending = '';
    let out = '';
    let i = 0;
    SPECIAL.lastIndex = 0;
    for (;;) {
      SPECIAL.lastIndex = i;
      const m = SPECIAL.exec(data);
      if (!m) return out + data.slice(i);
      out += data.slice(i, m.index);
      const at = m.index;
      const next = this.sequence(data, at);
      if (next === undefined) {
        this.pending = data.slice(at);
        // A sequence that never ends is not held forever.
        if (this.pending.length > MAX_STRING_SEQUENCE) this.pending = '';
        return out;
      }
      out += next.text;
      i = next.end;
    }
  }

  /** Reads the sequence at `at`: what to write and where it ends, or undefined if incomplete. */
  private sequence(data: string, at: number): { text: string; end: number } | undefined {
    const c = data.charCodeAt(at);
    let kind: 'csi' | 'osc' | 'string' | 'esc';
    let body: number;
    if (c === 0x1b) {
      if (at + 1 >= data.length) return undefined;
      const f = data[at + 1];
      kind = f === '[' ? 'csi' : f === ']' ? 'osc' : f === 'P' || f === 'X' || f === '^' || f === '_' ? 'string' : 'esc';
      body = at + 2;
    } else {
      kind = c === 0x9b ? 'csi' : c === 0x9d ? 'osc' : 'string';
      body = at + 1;
    }
    if (kind === 'esc') return { text: data.slice(at, at + 2), end: at + 2 };
    if (kind === 'csi') {
      const end = csiEnd(data, body);
      if (end < 0) return data.length - body > MAX_CSI_LENGTH ? { text: '', end: data.length } : undefined;
      if (end < body) return { text: '', end: body }; // aborted by ESC: drop the fragment
      if (end - body > MAX_CSI_LENGTH) return { text: '', end: end + 1 };
      return { text: data.slice(at, body) + capParams(data.slice(body, end)) + data[end], end: end + 1 };
    }
    const end = stringEnd(data, body);
    if (end < 0) return data.length - body > MAX_STRING_SEQUENCE ? { text: '', end: data.length } : undefined;
    if (end - body > MAX_STRING_SEQUENCE) return { text: '', end };
    if (kind === 'osc' && DROPPED_OSC.test(data.slice(body, body + 4))) return { text: '', end };
    return { text: data.slice(at, end), end };
  }
}

/** Sanitises one complete piece of output (tests, single writes). */
export function sanitizeOutput(data: string): string {
  return new OutputSanitizer().push(data);
}
