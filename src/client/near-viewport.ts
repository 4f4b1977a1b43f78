/**
 * Calls `start` once, the first time any of `elements` comes within 200 px of
 * the viewport (at once where IntersectionObserver is missing). The loaders of
 * heavy widgets (session player, practice terminal) wait for it.
 */
export function whenNearViewport(elements: Iterable<Element>, start: () => void): void {
  const list = [...elements];
  if (list.length === 0) return;
  if (!('IntersectionObserver' in window)) {
    start();
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      start();
    },
    { rootMargin: '200px 0px' },
  );
  list.forEach((el) => observer.observe(el));
}
