/**
 * The small script every page loads (a deferred module): the header's search
 * launcher, the theme select, the copy buttons and a polite live region they
 * announce through. Heavier tools (search, explainer, player) load their own
 * code only where they are used.
 */
import { initThemeSelect } from './theme';
import { initCopyButtons } from './copy-buttons';
import './search-launcher';

const live = document.getElementById('site-announcer');
const announce = (message: string): void => {
  if (!live) return;
  live.textContent = '';
  // A fresh text node makes screen readers announce a repeated message again.
  requestAnimationFrame(() => (live.textContent = message));
};

const themeSelect = document.querySelector<HTMLSelectElement>('#theme-select');
if (themeSelect) initThemeSelect(themeSelect);
initCopyButtons(document, announce);

// Offline support: only in built sites (the dev server has no sw.js), and
// after the page has loaded, so it never competes with the page itself.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const start = () => void import('./offline').then((m) => m.registerOffline()).catch(() => undefined);
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
