/**
 * What a practice page ships up front (a few hundred bytes): the terminal
 * chunk (xterm.js, the engine model, the line editor) loads when the terminal
 * comes near the viewport, so the page draws and answers first.
 */
import { whenNearViewport } from '../near-viewport.ts';

const boxes = document.querySelectorAll<HTMLElement>('cn-practice');

whenNearViewport(boxes, () => {
  import('./practice-terminal.ts').catch(() => {
    for (const box of boxes) {
      const note = box.querySelector<HTMLElement>('[data-practice-host]');
      if (note) note.textContent = 'The practice terminal could not load (are you offline?). Reload the page to try again.';
    }
  });
});
