/**
 * Hard bounds for everything a recording controls. A recording is untrusted
 * input (a user opens any file), and each number in it can ask the terminal,
 * the plain-text model or the timer for unbounded work: these caps keep a tiny
 * crafted file from freezing or exhausting the tab. The values are far above
 * what real sessions use (the largest in the conformance set is 160×76).
 */

/** Columns and rows of the largest terminal we emulate. */
export const MAX_COLS = 500;
export const MAX_ROWS = 200;
/** Largest numeric CSI parameter passed on (cursor moves, REP, erase counts); private modes such as 1049 fit. */
export const MAX_CSI_PARAM = 9999;
/** A control sequence whose parameters are longer than this is dropped whole. */
export const MAX_CSI_LENGTH = 256;
/** OSC/DCS strings (titles, colours) longer than this are dropped whole. */
export const MAX_STRING_SEQUENCE = 4096;
/** Titles and marker labels, in characters. */
export const MAX_LABEL = 200;
/** Nesting depth of any JSON value in a recording (real ones use 2). */
export const MAX_JSON_DEPTH = 16;
/** Largest file the player opens: 50 MiB. */
export const MAX_BYTES = 50 * 1024 * 1024;
/** Longest pause kept when a recording sets no idle limit (ms): a 30-day gap plays as one minute. */
export const MAX_PAUSE = 60_000;
/** Output lines kept per transcript entry; the rest is summarised. */
export const MAX_ENTRY_LINES = 2000;

/** Clamps a terminal size to [1, MAX_COLS] × [1, MAX_ROWS]. */
export function clampSize(cols: number, rows: number): { cols: number; rows: number } {
  return { cols: Math.min(MAX_COLS, Math.max(1, cols)), rows: Math.min(MAX_ROWS, Math.max(1, rows)) };
}

/** Cuts a label to `max` characters, marking the cut. */
export function capLabel(text: string, max = MAX_LABEL): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** "51.3 MB": bytes in the same unit as the limit it is compared with. */
export function formatBytes(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return `${mib >= 10 ? mib.toFixed(0) : mib.toFixed(1)} MiB`;
}

/** The message for a file over the size limit: both numbers in the same unit. */
export function tooLargeMessage(name: string, bytes: number, limit = MAX_BYTES): string {
  return `${name} is ${formatBytes(bytes)}; the player opens recordings up to ${formatBytes(limit)}.`;
}
