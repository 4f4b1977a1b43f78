/**
 * When heavy widgets come within 200 px of the viewport. The practice
 * terminal's loader starts once any of its boxes is near; the session
 * player's loader starts each player that comes near once the reader scrolls.
 */

/** Calls `reached(el)` once for each of `elements`, the first time it comes within 200 px of the viewport (at once where IntersectionObserver is missing). */
export function eachNearViewport<T extends Element>(elements: Iterable<T>, reached: (el: T) => void): void {
  const list = [...elements];
  if (list.length === 0) return;
  if (!('IntersectionObserver' in window)) {
    list.forEach(reached);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        observer.unobserve(e.target);
        reached(e.target as T);
      }
    },
    { rootMargin: '200px 0px' },
  );
  list.forEach((el) => observer.observe(el));
}

/** Calls `start` once, the first time any of `elements` comes within 200 px of the viewport. */
export function whenNearViewport(elements: Iterable<Element>, start: () => void): void {
  let started = false;
  eachNearViewport(elements, () => {
    if (started) return;
    started = true;
    start();
  });
}
