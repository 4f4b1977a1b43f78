/** Theme choices offered by the header select; `auto` follows the system. */
export type ThemeChoice = 'auto' | 'light' | 'dark';

/** localStorage key; src/client/theme-init.js reads the same key before first paint. */
export const THEME_STORAGE_KEY = 'cn-theme';

/** Any stored or submitted value mapped onto a known choice (unknown → auto). */
export function normalizeTheme(value: string | null | undefined): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'auto';
}
