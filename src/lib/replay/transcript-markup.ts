/**
 * The one renderer of transcript markup: the server (CastPlayer.astro, our
 * own sessions) and the browser (cast-transcript.ts, a file the user opened)
 * both turn entries into the same HTML here. Every piece of text is escaped:
 * nothing from a recording ever becomes markup.
 */
import type { CommandLinks } from './command-links.ts';
import type { TranscriptEntry } from './transcript.ts';
import { hasRawId } from '../search/ranking.ts';

export type LinkedEntry = TranscriptEntry & { links: CommandLinks };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export interface MarkupOptions {
  /** Server-rendered jump buttons start disabled (enabled once the player runs). */
  disabled?: boolean;
}

/** One `<li class="cast-entry">` per entry. */
export function transcriptMarkup(entries: readonly LinkedEntry[], options: MarkupOptions = {}): string {
  return entries.map((t) => entryMarkup(t, options)).join('');
}

function entryMarkup(t: LinkedEntry, { disabled = false }: MarkupOptions): string {
  const parts: string[] = [`<li class="cast-entry" data-index="${t.index}" data-time="${t.time}">`];
  if (t.command) {
    const cmd = escapeHtml(t.command);
    const prompt = t.prompt ? `<span class="cast-prompt">${escapeHtml(t.prompt)} </span>` : '';
    parts.push(
      `<div class="cast-entry-head"><code class="cast-cmd">${prompt}${cmd}</code>`,
      '<span class="cast-links" data-pagefind-ignore>',
      `<button type="button" class="cast-jump" data-marker="${t.index}" aria-label="Play from here: ${cmd}"${disabled ? ' disabled' : ''}>Play from here</button>`,
    );
    if (t.links.explain) parts.push(`<a href="${escapeHtml(t.links.explain)}" aria-label="Explain ${cmd}">Explain</a>`);
    if (t.links.cheatSheet) parts.push(`<a href="${escapeHtml(t.links.cheatSheet)}" aria-label="Cheat sheet: ${cmd}">Cheat sheet</a>`);
    parts.push('</span></div>');
  }
  // Focusable so keyboard users can scroll wide output sideways.
  // Output holding a raw 64-hex container or image ID stays out of the search
  // index: such IDs make useless excerpts.
  if (t.output)
    parts.push(`<pre class="cast-out" tabindex="0"${hasRawId(t.output) ? ' data-pagefind-ignore' : ''}>${escapeHtml(t.output)}</pre>`);
  parts.push('</li>');
  return parts.join('');
}
