/**
 * Marks the "On this page" link of the section being read (aria-current), as
 * the reader scrolls: the last section whose heading has passed the top third
 * of the window.
 */
const links = new Map<string, HTMLAnchorElement>();
for (const a of document.querySelectorAll<HTMLAnchorElement>('.lesson-toc a[href^="#"]')) links.set(decodeURIComponent(a.hash.slice(1)), a);
const headings = [...links.keys()].map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);

function mark(): void {
  const line = window.innerHeight / 3;
  let current: HTMLElement | undefined;
  for (const h of headings) {
    if (h.getBoundingClientRect().top <= line) current = h;
    else break;
  }
  for (const [id, a] of links) {
    if (id === current?.id) a.setAttribute('aria-current', 'true');
    else a.removeAttribute('aria-current');
  }
}

if (headings.length > 0) {
  let queued = false;
  addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        mark();
      });
    },
    { passive: true },
  );
  addEventListener('hashchange', mark);
  mark();
}
