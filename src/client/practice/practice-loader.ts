/**
 * What a practice page ships up front (a few hundred bytes): the terminal
 * chunk (xterm.js, the engine model, the line editor) loads when the terminal
 * comes near the viewport, so the page draws and answers first.
 */
const boxes = document.querySelectorAll<HTMLElement>('cn-practice');
let requested = false;

function load(): void {
  if (requested) return;
  requested = true;
  import('./practice-terminal.ts').catch(() => {
    for (const box of boxes) {
      const note = box.querySelector<HTMLElement>('[data-practice-host]');
      if (note) note.textContent = 'The practice terminal could not load (are you offline?). Reload the page to try again.';
    }
  });
}

if (boxes.length > 0) {
  if (!('IntersectionObserver' in window)) load();
  else {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        load();
      },
      { rootMargin: '200px 0px' },
    );
    boxes.forEach((b) => observer.observe(b));
  }
}
