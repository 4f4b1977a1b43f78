/**
 * What a practice page ships up front (about 1 KB). The page already shows
 * the exercise's starting state, drawn at build time (host panel, checklist,
 * the terminal's first lines), so on a first visit the terminal's code
 * (xterm.js, the engine model, the line editor) loads when the reader reaches
 * for the terminal: a pointer over it, a tap, a click or focus inside it.
 * Keys typed after a click into it, while it loads, are typed into it once it
 * runs. Where this browser saved commands for the page, or a share link names
 * some, the state differs from the drawn one: the terminal starts at once.
 */
import { whenNearViewport } from '../near-viewport.ts';
import { readProgress } from '../../lib/practice/progress.ts';
import { earlyInput, keepEarlyKey } from './early-input.ts';

const boxes = [...document.querySelectorAll<HTMLElement>('cn-practice')];
let started = false;

function start(): void {
  if (started) return;
  started = true;
  import('./practice-terminal.ts').catch(() => {
    for (const box of boxes) {
      const note = box.querySelector<HTMLElement>('[data-practice-host]');
      if (note) note.textContent = 'The practice terminal could not load (are you offline?). Reload the page to try again.';
    }
  });
}

function hasSavedLines(box: HTMLElement): boolean {
  if (/(^|[#&])run=/.test(location.hash)) return true;
  try {
    return (readProgress(localStorage).exercises[box.dataset.practiceId ?? '']?.typed.length ?? 0) > 0;
  } catch {
    return false;
  }
}

for (const box of boxes) {
  for (const type of ['pointerover', 'pointerdown', 'focusin']) box.addEventListener(type, start, { once: true, passive: true });
  box.querySelector('[data-practice-screen]')?.addEventListener('pointerdown', () => {
    earlyInput.wantsFocus = true;
  });
}
document.addEventListener(
  'keydown',
  (e) => {
    const loading = earlyInput.wantsFocus && !boxes.some((b) => b.classList.contains('is-ready'));
    if (loading && keepEarlyKey(e)) e.preventDefault();
  },
  { capture: true },
);
const returning = boxes.filter(hasSavedLines);
if (returning.length > 0) whenNearViewport(returning, start);
