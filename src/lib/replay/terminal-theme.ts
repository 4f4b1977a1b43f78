/**
 * The terminal's colours, shared by xterm.js in the browser and the static
 * first frame the build draws (styled-frame.ts), so both paint the same.
 * The shape is xterm's `ITheme` (the part used here), without importing it.
 */
import type { CastTheme } from './asciicast.ts';

export interface TerminalTheme {
  background: string;
  foreground: string;
  cursor?: string;
  cursorAccent?: string;
  selectionBackground?: string;
  black?: string;
  red?: string;
  green?: string;
  yellow?: string;
  blue?: string;
  magenta?: string;
  cyan?: string;
  white?: string;
  brightBlack?: string;
  brightRed?: string;
  brightGreen?: string;
  brightYellow?: string;
  brightBlue?: string;
  brightMagenta?: string;
  brightCyan?: string;
  brightWhite?: string;
}

/**
 * Colours on the player's dark background (the box is dark in both site
 * themes). Each ANSI colour is lightened enough to keep 4.5:1 contrast: the
 * default dark blue of BuildKit's output would be unreadable otherwise.
 */
export const SITE_THEME = {
  background: '#16181d',
  foreground: '#e6e8eb',
  cursor: '#e6e8eb',
  cursorAccent: '#16181d',
  selectionBackground: '#3a4a63',
  black: '#5c6370',
  red: '#ff8a80',
  green: '#7ee2a8',
  yellow: '#f2c14e',
  blue: '#79b8ff',
  magenta: '#dcbdfb',
  cyan: '#76e3ea',
  white: '#e6e8eb',
  brightBlack: '#8b949e',
  brightRed: '#ffaba8',
  brightGreen: '#a5f0c5',
  brightYellow: '#f8d77e',
  brightBlue: '#a5d0ff',
  brightMagenta: '#e9d5ff',
  brightCyan: '#a3f0f4',
  brightWhite: '#ffffff',
} as const satisfies TerminalTheme;

const ANSI = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'] as const;
const BRIGHT = [
  'brightBlack',
  'brightRed',
  'brightGreen',
  'brightYellow',
  'brightBlue',
  'brightMagenta',
  'brightCyan',
  'brightWhite',
] as const;

/** xterm's theme for a recording's own colours (8 colours repeat as the bright ones). */
export function castTheme(theme: CastTheme): TerminalTheme {
  const out: TerminalTheme = { background: theme.bg, foreground: theme.fg, cursor: theme.fg, cursorAccent: theme.bg };
  ANSI.forEach((name, i) => {
    out[name] = theme.palette[i];
    out[BRIGHT[i]!] = theme.palette[i + 8] ?? theme.palette[i];
  });
  return out;
}

/** xterm.js's default 16 colours, for a theme that leaves some out. */
const XTERM_DEFAULTS = [
  '#2e3436',
  '#cc0000',
  '#4e9a06',
  '#c4a000',
  '#3465a4',
  '#75507b',
  '#06989a',
  '#d3d7cf',
  '#555753',
  '#ef2929',
  '#8ae234',
  '#fce94f',
  '#729fcf',
  '#ad7fa8',
  '#34e2e2',
  '#eeeeec',
];

const hex2 = (n: number) => n.toString(16).padStart(2, '0');

/** The 256 colours of xterm's palette under `theme`: its 16, the 6×6×6 cube, then 24 greys. */
export function palette256(theme: TerminalTheme): string[] {
  const out = [...ANSI, ...BRIGHT].map((name, i) => theme[name] ?? XTERM_DEFAULTS[i]!);
  const level = [0, 95, 135, 175, 215, 255];
  for (let i = 0; i < 216; i++) {
    out.push(`#${hex2(level[Math.floor(i / 36)]!)}${hex2(level[Math.floor(i / 6) % 6]!)}${hex2(level[i % 6]!)}`);
  }
  for (let i = 0; i < 24; i++) out.push(`#${hex2(8 + i * 10).repeat(3)}`);
  return out;
}
