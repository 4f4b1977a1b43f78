/**
 * The playable form of a recording: idle time capped, markers collected, and
 * fast answers to "what has the terminal received by time t?" so that seeking
 * anywhere is a binary search plus one batched write.
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

export interface Timeline {
  cols: number;
  rows: number;
  title?: string;
  /** Events in order, times in milliseconds after idle time is capped. */
  events: readonly CastEvent[];
  /** `events[i].time`, kept apart for binary search. */
  times: Float64Array;
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
  const events: CastEvent[] = [];
  const markers: Marker[] = [];
  const frames: number[] = [];
  let last = 0;
  let shifted = 0;
  for (const e of recording.events) {
    // Each gap is capped on its own, so a long pause costs at most `limit`.
    const gap = e.time - last;
    last = e.time;
    shifted += Math.min(gap, limit);
    const time = Math.round(shifted * 1000) / 1000;
    events.push({ time, code: e.code, data: e.code === 'o' ? sanitizer.push(e.data) : e.data });
    if (e.code === 'm') markers.push({ index: markers.length, time, label: e.data.trim() });
    if ((e.code === 'o' || e.code === 'r') && frames[frames.length - 1] !== time) frames.push(time);
  }
  return {
    cols: recording.cols,
    rows: recording.rows,
    title: recording.title,
    events,
    times: Float64Array.from(events, (e) => e.time),
    frames: Float64Array.from(frames),
    markers,
    markerTimes: Float64Array.from(markers, (m) => m.time),
    duration: events.length > 0 ? events[events.length - 1]!.time : 0,
  };
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
  let chunk: string[] = [];
  const flush = () => {
    if (chunk.length > 0) ops.push({ kind: 'write', data: chunk.join('') });
    chunk = [];
  };
  for (let i = from; i < to; i++) {
    const e = timeline.events[i]!;
    if (e.code === 'o') chunk.push(e.data);
    else if (e.code === 'r') {
      flush();
      const [cols, rows] = e.data.split('x').map(Number) as [number, number];
      ops.push({ kind: 'resize', cols, rows });
    }
  }
  flush();
  return ops;
}

/** Terminal size once the first `count` events have happened. */
export function sizeAt(timeline: Timeline, count: number): { cols: number; rows: number } {
  for (let i = Math.min(count, timeline.events.length) - 1; i >= 0; i--) {
    const e = timeline.events[i]!;
    if (e.code === 'r') {
      const [cols, rows] = e.data.split('x').map(Number) as [number, number];
      return { cols, rows };
    }
  }
  return { cols: timeline.cols, rows: timeline.rows };
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
