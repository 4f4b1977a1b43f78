/**
 * Transcript of a recording opened in the browser, drawn by the same renderer
 * as our own sessions' server-rendered ones (src/lib/replay/transcript-markup.ts).
 * Long transcripts are drawn a page at a time: a "Show more" button adds the next.
 */
import { commandLinks, type CommandIndex } from '../lib/replay/command-links';
import type { TranscriptEntry } from '../lib/replay/transcript';
import { transcriptMarkup } from '../lib/replay/transcript-markup';

/** Entries drawn at once; more on request, so a recording with thousands of commands stays light. */
const PAGE = 200;

/** Fills `list` with one item per command, PAGE at a time. */
export function renderTranscript(list: HTMLElement, entries: readonly TranscriptEntry[], index: CommandIndex): void {
  list.replaceChildren();
  list.parentElement?.querySelector('.cast-more')?.remove();
  let shown = 0;
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'cast-more';
  const next = () => {
    const page = entries.slice(shown, shown + PAGE).map((t) => ({ ...t, links: t.command ? commandLinks(t.command, index) : {} }));
    list.insertAdjacentHTML('beforeend', transcriptMarkup(page));
    shown += page.length;
    more.textContent = `Show ${Math.min(PAGE, entries.length - shown)} more of ${entries.length - shown} remaining`;
    more.hidden = shown >= entries.length;
  };
  more.addEventListener('click', next);
  next();
  list.after(more);
}

/** The command index a page provides in `<script type="application/json" id="cn-command-index">`. */
export function pageCommandIndex(): CommandIndex {
  const node = document.getElementById('cn-command-index');
  if (!node?.textContent) return {};
  try {
    const value: unknown = JSON.parse(node.textContent);
    return value && typeof value === 'object' ? (value as CommandIndex) : {};
  } catch {
    return {};
  }
}
