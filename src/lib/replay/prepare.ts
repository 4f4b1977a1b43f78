/**
 * Everything between a recording's text and a playable timeline, in one call
 * that a Web Worker runs (src/client/cast-worker.ts) so the page never waits
 * on it: parse (partial: damaged files play up to the bad line), build the
 * timeline and the seek shortcuts. The transcript is a second step, so the
 * controls work before it is ready.
 */
import { parseAsciicast, type CastProblem, type CastTheme, type Recording } from './asciicast.ts';
import { buildShortcutData, type ShortcutData } from './shortcut.ts';
import { buildTimeline, type Timeline } from './timeline.ts';
import { buildTranscript, type TranscriptEntry } from './transcript.ts';

/** What the player needs from a recording, all of it cheap to hand from a worker to the page. */
export interface PreparedCast {
  version: Recording['version'];
  title?: string;
  theme?: CastTheme;
  /** The first bad line, when the file is damaged (playback stops before it). */
  damage?: CastProblem;
  events: number;
  timeline: Timeline;
  shortcuts: ShortcutData;
}

export type PrepareResult = { ok: true; cast: PreparedCast } | { ok: false; errors: CastProblem[] };

export interface PrepareOptions {
  /** Longest pause in ms; undefined = the recording's idle_time_limit. */
  idleTimeLimit?: number;
  onProgress?: (fraction: number) => void;
}

/** Reads a recording; the Recording is returned too, so a new idle limit needs no second parse. */
export function parseForPlayer(text: string, onProgress?: (fraction: number) => void) {
  return parseAsciicast(text, { partial: true, onProgress });
}

export function prepareRecording(recording: Recording, idleTimeLimit?: number): PreparedCast {
  const timeline = buildTimeline(recording, { idleTimeLimit });
  return {
    version: recording.version,
    title: recording.title,
    theme: recording.theme,
    damage: recording.damage,
    events: recording.events.length,
    timeline,
    shortcuts: buildShortcutData(timeline),
  };
}

export function prepareCast(text: string, options: PrepareOptions = {}): PrepareResult {
  const parsed = parseForPlayer(text, options.onProgress);
  if (!parsed.ok) return parsed;
  return { ok: true, cast: prepareRecording(parsed.recording, options.idleTimeLimit) };
}

export function prepareTranscript(cast: PreparedCast): TranscriptEntry[] {
  return buildTranscript(cast.timeline);
}

/** The typed arrays of a prepared cast: handed over (transferred) rather than copied. */
export function transferables(cast: PreparedCast): ArrayBuffer[] {
  const t = cast.timeline;
  const s = cast.shortcuts;
  const arrays = [
    t.times,
    t.codes,
    t.outputAt,
    t.otherAt,
    t.resizes,
    t.frames,
    t.markerTimes,
    s.lf,
    s.runEnd,
    s.hidden,
    s.startList,
    s.anchors,
    s.anchorEnds,
  ];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}
