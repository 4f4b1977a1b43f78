/**
 * Reads asciicast recordings (`.cast`, the format `asciinema rec` writes) into a
 * `Recording` with absolute times in milliseconds.
 *
 * - v2: header `{version: 2, width, height, …}`, events `[seconds since start, code, data]`.
 * - v3: header `{version: 3, term: {cols, rows, …}, …}`, events `[seconds since the
 *   previous event, code, data]`, and lines starting with `#` are comments.
 *
 * Validation is hand-written rather than zod: this module ships in the player's
 * lazy chunk, and every byte there is paid by each reader who presses play.
 * Problems are reported per line (1-based) so a build or a user sees exactly
 * where a file is broken; a bad event line does not hide the ones after it.
 *
 * @see https://docs.asciinema.org/manual/asciicast/v2/
 * @see https://docs.asciinema.org/manual/asciicast/v3/
 */

/** Event codes the player understands. Others are skipped (counted in `ignored`). */
export type EventCode = 'o' | 'i' | 'm' | 'r' | 'x';

/** One event, time in milliseconds from the start of the recording. */
export interface CastEvent {
  time: number;
  code: EventCode;
  data: string;
}

export interface Recording {
  version: 2 | 3;
  /** Initial terminal size. */
  cols: number;
  rows: number;
  title?: string;
  /** `idle_time_limit` from the header, in milliseconds, when present. */
  idleTimeLimit?: number;
  /** The header as written, for fields the player does not model (e.g. description). */
  header: Record<string, unknown>;
  events: CastEvent[];
  /** How many events had a code this player does not know (skipped, as the spec asks). */
  ignored: number;
}

/** A problem found in a file, on a 1-based line. */
export interface CastProblem {
  line: number;
  message: string;
}

export type ParseResult =
  | { ok: true; recording: Recording }
  | { ok: false; errors: CastProblem[] };

const KNOWN_CODES = new Set<string>(['o', 'i', 'm', 'r', 'x']);
/** Enough to fix a file; more would bury the first (usually causal) error. */
const MAX_ERRORS = 10;
const RESIZE = /^(\d+)x(\d+)$/;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isSize = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0 && (v as number) <= 10_000;

function jsonError(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  // Engines add "in JSON at position N (line 1 column 5)"; the line is ours to give.
  return text.replace(/\s*\(line \d+ column \d+\)/, '').replace(/^JSON\.parse: /, '');
}

function show(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

interface Header {
  version: 2 | 3;
  cols: number;
  rows: number;
  title?: string;
  idleTimeLimit?: number;
}

function readHeader(value: unknown): Header | string {
  if (!isObject(value)) {
    return `the header must be a JSON object like {"version": 2, "width": 80, "height": 24}, found ${show(value)}`;
  }
  const { version } = value;
  if (version === 1) return 'this is an asciicast v1 file; only v2 and v3 are supported (convert it with `asciinema convert`)';
  if (version !== 2 && version !== 3) {
    return version === undefined
      ? 'the header has no "version" (expected 2 or 3)'
      : `"version" is ${show(version)} (expected 2 or 3)`;
  }
  let cols: unknown;
  let rows: unknown;
  if (version === 2) {
    ({ width: cols, height: rows } = value);
    if (!isSize(cols)) return `"width" is ${show(cols)} (expected the terminal's column count, a whole number above 0)`;
    if (!isSize(rows)) return `"height" is ${show(rows)} (expected the terminal's row count, a whole number above 0)`;
  } else {
    if (!isObject(value.term)) return `"term" is ${show(value.term)} (v3 expects "term": {"cols": 80, "rows": 24})`;
    ({ cols, rows } = value.term);
    if (!isSize(cols)) return `"term.cols" is ${show(cols)} (expected the terminal's column count, a whole number above 0)`;
    if (!isSize(rows)) return `"term.rows" is ${show(rows)} (expected the terminal's row count, a whole number above 0)`;
  }
  const limit = value.idle_time_limit;
  if (limit !== undefined && limit !== null && !(typeof limit === 'number' && limit > 0)) {
    return `"idle_time_limit" is ${show(limit)} (expected a number of seconds above 0)`;
  }
  return {
    version,
    cols: cols as number,
    rows: rows as number,
    title: typeof value.title === 'string' && value.title.trim() ? value.title : undefined,
    idleTimeLimit: typeof limit === 'number' ? limit * 1000 : undefined,
  };
}

/** Checks one event's shape; returns the event or what is wrong with it. */
function readEvent(value: unknown): [number, string, string] | string {
  if (!Array.isArray(value)) return `an event must be a JSON array [time, code, data], found ${show(value)}`;
  if (value.length < 3) return `an event needs 3 items [time, code, data], found ${value.length}`;
  const [time, code, data] = value as unknown[];
  if (typeof time !== 'number' || !Number.isFinite(time) || time < 0) {
    return `the time is ${show(time)} (expected a number of seconds, 0 or more)`;
  }
  if (typeof code !== 'string' || code === '') return `the event code is ${show(code)} (expected a letter such as "o")`;
  if (typeof data !== 'string') return `the data of a "${code}" event is ${show(data)} (expected a string)`;
  return [time, code, data];
}

/**
 * Parses the text of a `.cast` file. Never throws: a broken file gives
 * `{ ok: false, errors }` with line numbers and readable messages.
 */
export function parseAsciicast(text: string): ParseResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const errors: CastProblem[] = [];
  const fail = (line: number, message: string) => errors.push({ line, message });

  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return { ok: false, errors: [{ line: 1, message: 'the file is empty (expected a JSON header line, then one event per line)' }] };
  let headerValue: unknown;
  try {
    headerValue = JSON.parse(lines[first]!);
  } catch (err) {
    // A v1 file is one JSON document spread over many lines.
    try {
      const whole: unknown = JSON.parse(text);
      if (isObject(whole) && whole.version === 1) {
        return { ok: false, errors: [{ line: 1, message: readHeader(whole) as string }] };
      }
    } catch {
      /* not v1 either: report the header line below */
    }
    return { ok: false, errors: [{ line: first + 1, message: `the header is not valid JSON (${jsonError(err)})` }] };
  }
  const header = readHeader(headerValue);
  if (typeof header === 'string') return { ok: false, errors: [{ line: first + 1, message: header }] };

  const events: CastEvent[] = [];
  let ignored = 0;
  let clock = 0; // seconds: absolute in v2, running sum of intervals in v3
  let i = first + 1;
  for (; i < lines.length && errors.length < MAX_ERRORS; i++) {
    const line = lines[i]!;
    const n = i + 1;
    if (line.trim() === '') continue;
    if (line.startsWith('#')) {
      if (header.version === 3) continue;
      fail(n, 'comment lines (#) are only allowed in asciicast v3; this file says "version": 2');
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      fail(n, `not valid JSON (${jsonError(err)})`);
      continue;
    }
    const event = readEvent(value);
    if (typeof event === 'string') {
      fail(n, event);
      continue;
    }
    const [time, code, data] = event;
    if (header.version === 2) {
      if (time < clock) {
        fail(n, `the time ${time} is earlier than the previous event's ${clock} (v2 times count from the start and never go back)`);
        continue;
      }
      clock = time;
    } else {
      clock += time;
    }
    if (!KNOWN_CODES.has(code)) {
      ignored++;
      continue;
    }
    if (code === 'r') {
      const m = RESIZE.exec(data);
      if (!m || !isSize(Number(m[1])) || !isSize(Number(m[2]))) {
        fail(n, `a resize event needs "COLSxROWS" such as "100x30", found ${show(data)}`);
        continue;
      }
    }
    events.push({ time: Math.round(clock * 1e6) / 1e3, code: code as EventCode, data });
  }
  if (errors.length >= MAX_ERRORS && lines.slice(i).some((l) => l.trim() !== '')) {
    errors.push({ line: errors[errors.length - 1]!.line, message: `stopped after ${MAX_ERRORS} problems; fix these first` });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    recording: {
      version: header.version,
      cols: header.cols,
      rows: header.rows,
      title: header.title,
      idleTimeLimit: header.idleTimeLimit,
      header: headerValue as Record<string, unknown>,
      events,
      ignored,
    },
  };
}

/** One readable block for a build log or a page: `name:LINE: message` per problem. */
export function formatProblems(name: string, errors: readonly CastProblem[]): string {
  return errors.map((e) => `${name}:${e.line}: ${e.message}`).join('\n');
}
