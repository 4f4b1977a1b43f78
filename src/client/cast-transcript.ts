/**
 * Transcript markup for a recording opened in the browser (our own sessions
 * get theirs from the server, in the same shape: see CastPlayer.astro).
 */
import { commandLinks, type CommandIndex } from '../lib/replay/command-links';
import type { TranscriptEntry } from '../lib/replay/transcript';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Fills `list` with one item per command (text only: nothing from the file becomes markup). */
export function renderTranscript(list: HTMLElement, entries: readonly TranscriptEntry[], index: CommandIndex): void {
  list.replaceChildren();
  for (const t of entries) {
    const li = el('li', 'cast-entry');
    li.dataset.index = String(t.index);
    li.dataset.time = String(t.time);
    if (t.command) {
      const head = el('div', 'cast-entry-head');
      const code = el('code', 'cast-cmd');
      if (t.prompt) code.append(el('span', 'cast-prompt', `${t.prompt} `));
      code.append(t.command);
      const links = el('span', 'cast-links');
      const jump = el('button', 'cast-jump', 'Play from here');
      jump.type = 'button';
      jump.dataset.marker = String(t.index);
      jump.setAttribute('aria-label', `Play from here: ${t.command}`);
      links.append(jump);
      const { explain, cheatSheet } = commandLinks(t.command, index);
      if (explain) {
        const a = el('a', undefined, 'Explain');
        a.href = explain;
        a.setAttribute('aria-label', `Explain ${t.command}`);
        links.append(a);
      }
      if (cheatSheet) {
        const a = el('a', undefined, 'Cheat sheet');
        a.href = cheatSheet;
        a.setAttribute('aria-label', `Cheat sheet: ${t.command}`);
        links.append(a);
      }
      head.append(code, links);
      li.append(head);
    }
    if (t.output) {
      // Focusable so keyboard users can scroll wide output sideways.
      const pre = el('pre', 'cast-out', t.output);
      pre.tabIndex = 0;
      li.append(pre);
    }
    list.append(li);
  }
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
