/**
 * The theme select in the header: "auto" follows the system, "light" and
 * "dark" pin the theme. The choice is kept in localStorage under `cn-theme`;
 * theme-init.js applies it before first paint on the next page.
 */
import { normalizeTheme, THEME_STORAGE_KEY, type ThemeChoice } from '../lib/theme';

function apply(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'auto') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
}

function stored(): ThemeChoice {
  try {
    return normalizeTheme(localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return 'auto';
  }
}

export function initThemeSelect(select: HTMLSelectElement): void {
  select.value = stored();
  select.addEventListener('change', () => {
    const choice = normalizeTheme(select.value);
    apply(choice);
    try {
      if (choice === 'auto') localStorage.removeItem(THEME_STORAGE_KEY);
      else localStorage.setItem(THEME_STORAGE_KEY, choice);
    } catch {
      // Not persisted when storage is blocked; the choice still applies to this page.
    }
  });
}
