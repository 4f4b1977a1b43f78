/**
 * The messages shown where search cannot work (the dev server, a missing or
 * unreachable index), shared by the dialog (search-ui.ts) and the results page
 * (search-page.ts), which load Pagefind in different ways.
 */
import { devServerNotice, loadFailedNotice, type SearchNotice } from '../lib/search/availability';

/** Where the build writes Pagefind's bundle (see src/integrations/pagefind.ts). */
export const BUNDLE_PATH = '/pagefind/';

/** Thrown on `astro dev`, where search has no index to load. */
export class DevServerError extends Error {
  constructor() {
    super('search has no index on the dev server');
    this.name = 'DevServerError';
  }
}

/** The notice to show for an error met while loading search. */
export function noticeFor(error: unknown): SearchNotice {
  return error instanceof DevServerError ? devServerNotice() : loadFailedNotice(error);
}

/** Fills `host` with a notice: heading, explanation, and the command that fixes it. */
export function renderNotice(host: HTMLElement, notice: SearchNotice): void {
  const heading = document.createElement('h2');
  heading.textContent = notice.title;
  const detail = document.createElement('p');
  detail.textContent = notice.detail;
  const fix = document.createElement('p');
  fix.textContent = notice.fix;
  host.replaceChildren(heading, detail, fix);
  if (notice.command) {
    const pre = document.createElement('pre');
    const code = document.createElement('code');
    code.textContent = notice.command;
    pre.append(code);
    host.append(pre);
  }
}
