/**
 * Adds a stylesheet to the page once and resolves when it has loaded. For
 * code loaded on demand (the terminal, the file explainer): a stylesheet
 * imported the plain way would be linked, render-blocking, from every page
 * that can load that code, used or not; these import theirs with `?url`.
 */
const sheets = new Map<string, Promise<void>>();

export function loadStylesheet(href: string): Promise<void> {
  let loaded = sheets.get(href);
  if (!loaded) {
    loaded = new Promise<void>((resolve, reject) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.onload = () => resolve();
      link.onerror = () => reject(new Error(`the stylesheet ${href} did not load`));
      document.head.append(link);
    });
    // A failed load may be tried again later.
    loaded.catch(() => sheets.delete(href));
    sheets.set(href, loaded);
  }
  return loaded;
}
