/**
 * The header of an asciicast recording (v1, v2 or v3): size, title, idle
 * limit and colour theme, checked and bounded (see limits.ts).
 */
import { isObject, isSize, show } from './cast-values.ts';
import { capLabel, clampSize } from './limits.ts';

/** A recording's own colours (`theme` in v2, `term.theme` in v3), as CSS colours. */
export interface CastTheme {
  fg: string;
  bg: string;
  /** 8 or 16 ANSI colours. */
  palette: string[];
}

export interface Header {
  version: 1 | 2 | 3;
  cols: number;
  rows: number;
  title?: string;
  idleTimeLimit?: number;
  theme?: CastTheme;
}

const HEX = /^#[0-9a-fA-F]{6}$/;

/** Reads `{fg, bg, palette: "#rrggbb:#rrggbb:…"}`; anything malformed means "no theme" (the site's is used). */
export function readTheme(value: unknown): CastTheme | undefined {
  if (!isObject(value)) return undefined;
  const { fg, bg, palette } = value;
  if (typeof fg !== 'string' || typeof bg !== 'string' || typeof palette !== 'string') return undefined;
  const colours = palette.split(':');
  if (!HEX.test(fg) || !HEX.test(bg) || (colours.length !== 8 && colours.length !== 16)) return undefined;
  if (!colours.every((c) => HEX.test(c))) return undefined;
  return { fg, bg, palette: colours };
}

export function readHeader(value: unknown): Header | string {
  if (!isObject(value)) {
    return `the header must be a JSON object like {"version": 2, "width": 80, "height": 24}, found ${show(value)}`;
  }
  const { version } = value;
  if (version !== 1 && version !== 2 && version !== 3) {
    return version === undefined
      ? 'the header has no "version" (expected 1, 2 or 3)'
      : `"version" is ${show(version)} (expected 1, 2 or 3)`;
  }
  let cols: unknown;
  let rows: unknown;
  let theme: unknown;
  if (version !== 3) {
    ({ width: cols, height: rows, theme } = value);
    if (!isSize(cols)) return `"width" is ${show(cols)} (expected the terminal's column count, a whole number above 0)`;
    if (!isSize(rows)) return `"height" is ${show(rows)} (expected the terminal's row count, a whole number above 0)`;
  } else {
    if (!isObject(value.term)) return `"term" is ${show(value.term)} (v3 expects "term": {"cols": 80, "rows": 24})`;
    ({ cols, rows, theme } = value.term);
    if (!isSize(cols)) return `"term.cols" is ${show(cols)} (expected the terminal's column count, a whole number above 0)`;
    if (!isSize(rows)) return `"term.rows" is ${show(rows)} (expected the terminal's row count, a whole number above 0)`;
  }
  const limit = value.idle_time_limit;
  if (limit !== undefined && limit !== null && !(typeof limit === 'number' && limit > 0)) {
    return `"idle_time_limit" is ${show(limit)} (expected a number of seconds above 0)`;
  }
  return {
    version,
    ...clampSize(cols as number, rows as number),
    title: typeof value.title === 'string' && value.title.trim() ? capLabel(value.title.trim()) : undefined,
    idleTimeLimit: typeof limit === 'number' ? limit * 1000 : undefined,
    theme: readTheme(theme),
  };
}
