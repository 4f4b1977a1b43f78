/**
 * Reads asciicast recordings into a `Recording` with absolute times in milliseconds.
 *
 * - v1 (`.json`): one JSON document `{version: 1, width, height, stdout: [[delay, data], …]}`.
 * - v2: header `{version: 2, width, height, …}`, events `[seconds since start, code, data]`.
 * - v3: header `{version: 3, term: {cols, rows, …}, …}`, events `[seconds since the
 *   previous event, code, data]`, and lines starting with `#` are comments.
 *
 * Validation is hand-written rather than zod: this module ships in the player's
 * lazy chunk. Problems are reported per line (1-based). Two modes:
 * - strict (the build, our own sessions): every problem is listed, up to ten;
 * - `partial` (a file a user opens): everything before the first bad line plays,
 *   and `recording.damage` says where it stopped and why.
 *
 * @see https://docs.asciinema.org/manual/asciicast/v1/
 * @see https://docs.asciinema.org/manual/asciicast/v2/
 * @see https://docs.asciinema.org/manual/asciicast/v3/
 */
import { readHeader, type Header } from './asciicast-header.ts';
import { isObject, isSize, jsonError, show, tooDeep } from './cast-values.ts';
import { capLabel, MAX_COLS, MAX_ROWS } from './limits.ts';

export type { CastTheme } from './asciicast-header.ts';

/** Event codes the player understands. Others are skipped (counted in `ignored`). */
export type EventCode = 'o' | 'i' | 'm' | 'r' | 'x';

/** One event, time in milliseconds from the start of the recording. */
export interface CastEvent {
  time: number;
  code: EventCode;
  data: string;
}

/** A problem found in a file, on a 1-based line. */
export interface CastProblem {
  line: number;
  message: string;
}

/** A parsed recording: the header's facts (size clamped to MAX_COLS × MAX_ROWS), then its events. */
export interface Recording extends Header {
  /** The header as written, for fields the player does not model (e.g. description). */
  header: Record<string, unknown>;
  events: CastEvent[];
  /** How many events had a code this player does not know (skipped, as the spec asks). */
  ignored: number;
  /** Partial mode: the first bad line, where playback stops. */
  damage?: CastProblem;
}

export type ParseResult = { ok: true; recording: Recording } | { ok: false; errors: CastProblem[] };

export interface ParseOptions {
  /** Keep the events before the first bad line instead of rejecting the file. */
  partial?: boolean;
  /** Called now and then with the share of lines read (0–1), for a progress bar. */
  onProgress?: (fraction: number) => void;
}

/** Lines between two progress reports. */
const PROGRESS_EVERY = 50_000;

const KNOWN_CODES = new Set<string>(['o', 'i', 'm', 'r', 'x']);
/** Enough to fix a file; more would bury the first (usually causal) error. */
const MAX_ERRORS = 10;
const RESIZE = /^(\d+)x(\d+)$/;

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

/** "COLSxROWS" clamped to the largest terminal, or undefined when malformed. */
export function readResize(data: string): { cols: number; rows: number } | undefined {
  const m = RESIZE.exec(data);
  if (!m || !isSize(Number(m[1])) || !isSize(Number(m[2]))) return undefined;
  return { cols: Math.min(MAX_COLS, Number(m[1])), rows: Math.min(MAX_ROWS, Number(m[2])) };
}

function parseJson(text: string): { value: unknown } | { error: string } {
  try {
    const value: unknown = JSON.parse(text);
    const deep = tooDeep(value);
    return deep ? { error: deep } : { value };
  } catch (err) {
    return { error: `not valid JSON (${jsonError(err)})` };
  }
}

function recordingOf(header: Header, headerValue: unknown, events: CastEvent[], ignored: number): Recording {
  return {
    version: header.version,
    cols: header.cols,
    rows: header.rows,
    title: header.title,
    idleTimeLimit: header.idleTimeLimit,
    theme: header.theme,
    header: headerValue as Record<string, unknown>,
    events,
    ignored,
  };
}

/** v1: the whole file is one JSON document with a `stdout` array of `[delay, data]` frames. */
function parseV1(doc: Record<string, unknown>, header: Header, options: ParseOptions): ParseResult {
  const frames = doc.stdout;
  if (!Array.isArray(frames))
    return { ok: false, errors: [{ line: 1, message: `"stdout" is ${show(frames)} (v1 expects an array of [delay, data] frames)` }] };
  const events: CastEvent[] = [];
  let clock = 0;
  for (let i = 0; i < frames.length; i++) {
    const f: unknown = frames[i];
    const bad =
      !Array.isArray(f) || f.length < 2 || typeof f[0] !== 'number' || !Number.isFinite(f[0]) || f[0] < 0 || typeof f[1] !== 'string';
    if (bad) {
      const problem = { line: 1, message: `frame stdout[${i}] is ${show(f)} (expected [seconds since the previous frame, "text"])` };
      if (!options.partial) return { ok: false, errors: [problem] };
      const { stdout: _, ...rest } = doc;
      return { ok: true, recording: { ...recordingOf(header, rest, events, 0), damage: problem } };
    }
    clock += f[0] as number;
    events.push({ time: Math.round(clock * 1e6) / 1e3, code: 'o', data: f[1] as string });
  }
  const { stdout: _, ...rest } = doc;
  return { ok: true, recording: recordingOf(header, rest, events, 0) };
}

/**
 * Parses the text of a recording. Never throws: a broken file gives
 * `{ ok: false, errors }` (or, in partial mode, the playable part and `damage`).
 */
export function parseAsciicast(text: string, options: ParseOptions = {}): ParseResult {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const errors: CastProblem[] = [];
  const fail = (line: number, message: string) => errors.push({ line, message });

  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0)
    return { ok: false, errors: [{ line: 1, message: 'the file is empty (expected a JSON header line, then one event per line)' }] };
  let parsed = parseJson(lines[first]!);
  if ('error' in parsed && lines.length > first + 1) {
    // A v1 file is one JSON document spread over many lines.
    const whole = parseJson(text.replace(/^\uFEFF/, ''));
    if ('value' in whole && isObject(whole.value) && whole.value.version === 1) parsed = whole;
  }
  if ('error' in parsed) return { ok: false, errors: [{ line: first + 1, message: `the header is ${parsed.error}` }] };
  const headerValue = parsed.value;
  const header = readHeader(headerValue);
  if (typeof header === 'string') return { ok: false, errors: [{ line: first + 1, message: header }] };
  if (header.version === 1) return parseV1(headerValue as Record<string, unknown>, header, options);

  const events: CastEvent[] = [];
  let ignored = 0;
  let clock = 0; // seconds: absolute in v2, running sum of intervals in v3
  let i = first + 1;
  for (; i < lines.length && errors.length < MAX_ERRORS; i++) {
    const line = lines[i]!;
    const n = i + 1;
    if (options.onProgress && i % PROGRESS_EVERY === 0) options.onProgress(i / lines.length);
    if (line.trim() === '') continue;
    if (line.startsWith('#')) {
      if (header.version === 3) continue;
      fail(n, 'comment lines (#) are only allowed in asciicast v3; this file says "version": 2');
      if (options.partial) break;
      continue;
    }
    const value = parseJson(line);
    const event = 'error' in value ? value.error : readEvent(value.value);
    if (typeof event === 'string') {
      fail(n, event);
      if (options.partial) break;
      continue;
    }
    const [time, code, data] = event;
    if (header.version === 2) {
      if (time < clock) {
        fail(n, `the time ${time} is earlier than the previous event's ${clock} (v2 times count from the start and never go back)`);
        if (options.partial) break;
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
    let stored = data;
    if (code === 'r') {
      const size = readResize(data);
      if (!size) {
        fail(n, `a resize event needs "COLSxROWS" such as "100x30", found ${show(data)}`);
        if (options.partial) break;
        continue;
      }
      stored = `${size.cols}x${size.rows}`;
    } else if (code === 'm') stored = capLabel(data);
    events.push({ time: Math.round(clock * 1e6) / 1e3, code: code as EventCode, data: stored });
  }
  if (options.partial) {
    const recording = recordingOf(header, headerValue, events, ignored);
    if (errors[0]) recording.damage = errors[0];
    return { ok: true, recording };
  }
  if (errors.length >= MAX_ERRORS && lines.slice(i).some((l) => l.trim() !== '')) {
    errors.push({ line: errors[errors.length - 1]!.line, message: `stopped after ${MAX_ERRORS} problems; fix these first` });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, recording: recordingOf(header, headerValue, events, ignored) };
}

/** One readable block for a build log or a page: `name:LINE: message` per problem. */
export function formatProblems(name: string, errors: readonly CastProblem[]): string {
  return errors.map((e) => `${name}:${e.line}: ${e.message}`).join('\n');
}

/** What the player says about a damaged file it still plays. */
export function damageMessage(damage: CastProblem, playable: number): string {
  return `The recording is damaged at line ${damage.line} (${damage.message}); ${
    playable === 1
      ? 'the event before it plays.'
      : playable > 0
        ? `the ${playable} events before it play.`
        : 'nothing before it can be played.'
  }`;
}
