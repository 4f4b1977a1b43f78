/**
 * The playable form of a recording: idle time capped, markers collected, and
 * fast answers to "what has the terminal received by time t?" so that seeking
 * anywhere is a binary search plus one batched write.
 *
 * It is columnar (typed arrays and two long strings, no object per event): a
 * Web Worker builds it and hands it to the page cheaply, and the output of any
 * run of events is one `slice` of `output`, however many events it spans.
 */
import type { CastEvent, Recording } from './asciicast.ts';
import { MAX_PAUSE } from './limits.ts';
import { OutputSanitizer } from './sanitize.ts';

export interface Marker {
  /** Position in the list of markers, 0-based. */
  index: number;
  /** Milliseconds from the start, after idle time is capped. */
  time: number;
  /** The marker's label: in our sessions, the command about to be typed. */
  label: string;
}

/** Event codes by their number in `Timeline.codes`. */
export const CODES = 'oimrx';

export interface Timeline {
  cols: number;
  rows: number;
  title?: string;
  /** Event i's time in milliseconds, after idle time is capped. */
  times: Float64Array;
  /** Event i's code, as its position in CODES. */
  codes: Uint8Array;
  /** Output of every "o" event (sanitised), end to end: event i's is `output.slice(outputAt[i], outputAt[i + 1])`. */
  output: string;
  outputAt: Uint32Array;
  /** Data of every other event, the same way. */
  other: string;
  otherAt: Uint32Array;
  /** Indices of resize events, ascending. */
  resizes: Int32Array;
  /** Times at which the screen changes (output or resize), without repeats: the "frames". */
  frames: Float64Array;
  markers: readonly Marker[];
  /** `markers[i].time`, kept apart for binary search. */
  markerTimes: Float64Array;
  duration: number;
}

/** Terminal changes needed to move from one event count to another. */
export type ReplayOp = { kind: 'write'; data: string } | { kind: 'resize'; cols: number; rows: number };

export interface TimelineOptions {
  /**
   * Longest pause kept between two events, in milliseconds. Defaults to the
   * recording's `idle_time_limit`; `Infinity` keeps pauses as recorded, up to
   * MAX_PAUSE (a 30-day gap would otherwise make the recording unwatchable).
   */
  idleTimeLimit?: number;
}

/**
 * Builds the timeline. Pure: the recording is not modified. Output passes
 * through the sanitiser (sanitize.ts) here, once, so every terminal that plays
 * the timeline gets bounded input.
 */
export function buildTimeline(recording: Recording, options: TimelineOptions = {}): Timeline {
  const limit = Math.min(MAX_PAUSE, options.idleTimeLimit ?? recording.idleTimeLimit ?? Infinity);
  const sanitizer = new OutputSanitizer();
  const n = recording.events.length;
  const times = new Float64Array(n);
  const codes = new Uint8Array(n);
  const outputAt = new Uint32Array(n + 1);
  const otherAt = new Uint32Array(n + 1);
  const output: string[] = [];
  const other: string[] = [];
  const resizes: number[] = [];
  const markers: Marker[] = [];
  const frames: number[] = [];
  let outLength = 0;
  let otherLength = 0;
  let last = 0;
  let shifted = 0;
  recording.events.forEach((e, i) => {
    // Each gap is capped on its own, so a long pause costs at most `limit`.
    const gap = e.time - last;
    last = e.time;
    shifted += Math.min(gap, limit);
    const time = Math.round(shifted * 1000) / 1000;
    times[i] = time;
    codes[i] = CODES.indexOf(e.code);
    if (e.code === 'o') {
      const data = sanitizer.push(e.data);
      output.push(data);
      outLength += data.length;
    } else {
      other.push(e.data);
      otherLength += e.data.length;
    }
    outputAt[i + 1] = outLength;
    otherAt[i + 1] = otherLength;
    if (e.code === 'r') resizes.push(i);
    if (e.code === 'm') markers.push({ index: markers.length, time, label: e.data.trim() });
    if ((e.code === 'o' || e.code === 'r') && frames[frames.length - 1] !== time) frames.push(time);
  });
  return {
    cols: recording.cols,
    rows: recording.rows,
    title: recording.title,
    times,
    codes,
    output: output.join(''),
    outputAt,
    other: other.join(''),
    otherAt,
    resizes: Int32Array.from(resizes),
    frames: Float64Array.from(frames),
    markers,
    markerTimes: Float64Array.from(markers, (m) => m.time),
    duration: n > 0 ? times[n - 1]! : 0,
  };
}

/** A copy whose typed arrays are its own (the original's may be handed to another thread). */
export function copyTimeline(t: Timeline): Timeline {
  return {
    ...t,
    times: t.times.slice(),
    codes: t.codes.slice(),
    outputAt: t.outputAt.slice(),
    otherAt: t.otherAt.slice(),
    resizes: t.resizes.slice(),
    frames: t.frames.slice(),
    markerTimes: t.markerTimes.slice(),
  };
}

/** Number of events in the timeline. */
export function eventCount(timeline: Timeline): number {
  return timeline.times.length;
}

/** Event i as an object (for code that walks events one by one: transcripts, tests). */
export function eventAt(timeline: Timeline, i: number): CastEvent {
  const code = CODES[timeline.codes[i]!] as CastEvent['code'];
  const data =
    code === 'o'
      ? timeline.output.slice(timeline.outputAt[i], timeline.outputAt[i + 1])
      : timeline.other.slice(timeline.otherAt[i], timeline.otherAt[i + 1]);
  return { time: timeline.times[i]!, code, data };
}

function resizeOf(timeline: Timeline, i: number): { cols: number; rows: number } {
  const [cols, rows] = eventAt(timeline, i).data.split('x').map(Number) as [number, number];
  return { cols, rows };
}

/** Number of items in the sorted array that are ≤ t (upper bound). */
export function countAtOrBefore(sorted: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many events have happened at time t (inclusive). */
export function eventCountAt(timeline: Timeline, t: number): number {
  return countAtOrBefore(timeline.times, t);
}

/**
 * What to send to a terminal that has received the first `from` events so that
 * it shows the first `to` events (`from` ≤ `to`). Output is joined into as few
 * writes as possible; resizes split it, since text wraps at the size in effect.
 */
export function replayOps(timeline: Timeline, from: number, to: number): ReplayOp[] {
  const ops: ReplayOp[] = [];
  const write = (a: number, b: number) => {
    const data = timeline.output.slice(timeline.outputAt[a], timeline.outputAt[b]);
    if (data) ops.push({ kind: 'write', data });
  };
  let at = from;
  for (let k = countAtOrBefore(timeline.resizes, from - 1); k < timeline.resizes.length; k++) {
    const r = timeline.resizes[k]!;
    if (r >= to) break;
    write(at, r);
    ops.push({ kind: 'resize', ...resizeOf(timeline, r) });
    at = r + 1;
  }
  if (at < to) write(at, to);
  return ops;
}

/** Terminal size once the first `count` events have happened. */
export function sizeAt(timeline: Timeline, count: number): { cols: number; rows: number } {
  const k = countAtOrBefore(timeline.resizes, Math.min(count, eventCount(timeline)) - 1) - 1;
  return k >= 0 ? resizeOf(timeline, timeline.resizes[k]!) : { cols: timeline.cols, rows: timeline.rows };
}

/** Index of the marker (command) in effect at time t, or -1 before the first. */
export function markerAt(timeline: Timeline, t: number): number {
  return countAtOrBefore(timeline.markerTimes, t) - 1;
}

/** The next frame strictly after t, or the duration when there is none. */
export function nextFrame(timeline: Timeline, t: number): number {
  const i = countAtOrBefore(timeline.frames, t);
  return i < timeline.frames.length ? timeline.frames[i]! : timeline.duration;
}

/** The frame before the one showing at t (one step back), or 0. */
export function previousFrame(timeline: Timeline, t: number): number {
  const showing = countAtOrBefore(timeline.frames, t) - 1;
  return showing >= 1 ? timeline.frames[showing - 1]! : 0;
}

/**
 * The moment a session's static first frame shows: the end of its first
 * command's output (just before the second command starts), so the frame is
 * readable on its own. Without two markers, the end of the recording.
 */
export function posterTime(timeline: Timeline): number {
  const second = timeline.markers[1];
  return second ? Math.max(0, second.time - 0.001) : timeline.duration;
}
