/**
 * Transcript of a recording opened in the browser, drawn by the same renderer
 * as our own sessions' server-rendered ones (src/lib/replay/transcript-markup.ts).
 * It is a virtualised list: the list box scrolls on its own and holds only the
 * entries in view (plus a margin), so a recording with a hundred thousand
 * commands costs the page a few dozen list items. Each item says where it
 * stands (aria-posinset/aria-setsize), the box is a focusable, labelled region
 * (arrows and Page keys scroll it), Tab walks the entries' buttons and links
 * (the next entry is always drawn), and the current command keeps its mark.
 */
import { commandLinks, type CommandIndex } from '../lib/replay/command-links';
import type { TranscriptEntry } from '../lib/replay/transcript';
import { transcriptMarkup } from '../lib/replay/transcript-markup';
import { estimateEntryHeight, VirtualHeights } from '../lib/replay/virtual-list';

/** Pixels drawn beyond each edge of the box. */
const OVERSCAN = 600;

const lists = new WeakMap<HTMLElement, VirtualTranscript>();

class VirtualTranscript {
  private readonly heights: VirtualHeights;
  private frame = 0;
  private readonly resized = new ResizeObserver(() => this.schedule());
  private drawn = { start: 0, end: 0 };
  /** Empty items standing in for the entries above and below the drawn ones (padding would grow the box). */
  private readonly above = spacer();
  private readonly below = spacer();
  current = -2;

  constructor(
    private readonly list: HTMLElement,
    private readonly entries: readonly TranscriptEntry[],
    private readonly index: CommandIndex,
  ) {
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    // From transcript.css: 0.8rem output at line-height 1.45, entry padding, the command line.
    const metrics = { head: 1.9 * rem, line: 0.8 * rem * 1.45, chrome: 2.6 * rem };
    this.heights = new VirtualHeights(entries.length, (i) => estimateEntryHeight(entries[i]!, metrics));
    list.dataset.virtual = '';
    list.tabIndex = 0;
    list.setAttribute('aria-label', `Transcript: ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}, drawn as you scroll`);
    list.replaceChildren(this.above, this.below);
    list.addEventListener('scroll', this.schedule, { passive: true });
    list.addEventListener('focusin', this.schedule);
    // The box changes size (opened, narrowed, full screen): draw what is now in view.
    this.resized.observe(list);
    this.draw();
  }

  readonly schedule = (): void => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.draw());
  };

  dispose(): void {
    cancelAnimationFrame(this.frame);
    this.resized.disconnect();
    this.list.removeEventListener('scroll', this.schedule);
    this.list.removeEventListener('focusin', this.schedule);
  }

  /** Draws the entries in view; measures them and draws again if the estimates were off. */
  private draw(pass = 0): void {
    const view = this.heights.window(this.list.scrollTop, this.list.clientHeight || 400, OVERSCAN, 2);
    // Keep a focused entry in the page, so focus is never lost to a redraw.
    const focused = this.focusedEntry();
    let { start, end } = view;
    if (focused !== undefined && focused >= end - 1) end = Math.min(this.entries.length, focused + 2);
    if (focused !== undefined && focused < start) start = focused;
    if (start !== this.drawn.start || end !== this.drawn.end) this.fill(start, end, focused);
    this.space(start, end);
    this.mark();
    // Measure: corrections above the view move the content, so keep the first visible entry still.
    const anchor = this.heights.indexAt(this.list.scrollTop);
    const shift = this.list.scrollTop - this.heights.offsetOf(anchor);
    let changed = false;
    for (const li of this.list.querySelectorAll<HTMLElement>(':scope > .cast-entry')) {
      // 0: not laid out (a closed transcript, a hidden player); measured once it shows (see the observer).
      if (li.offsetHeight > 0) changed = this.heights.setHeight(Number(li.dataset.pos), li.offsetHeight) || changed;
    }
    if (!changed || pass > 1) return;
    this.space(start, end);
    if (anchor >= start) this.list.scrollTop = this.heights.offsetOf(anchor) + shift;
    this.draw(pass + 1);
  }

  private space(start: number, end: number): void {
    this.above.style.height = `${this.heights.offsetOf(start)}px`;
    this.below.style.height = `${this.heights.total() - this.heights.offsetOf(end)}px`;
  }

  private fill(start: number, end: number, focused: number | undefined): void {
    const keep = focused !== undefined ? this.list.querySelector<HTMLElement>(`:scope > [data-pos="${focused}"]`) : null;
    const active = keep?.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
    const linked = this.entries.slice(start, end).map((t) => ({ ...t, links: t.command ? commandLinks(t.command, this.index) : {} }));
    const template = document.createElement('template');
    template.innerHTML = transcriptMarkup(linked);
    const items = [...template.content.children] as HTMLElement[];
    items.forEach((li, k) => {
      li.dataset.pos = String(start + k);
      li.setAttribute('aria-posinset', String(start + k + 1));
      li.setAttribute('aria-setsize', String(this.entries.length));
    });
    // The focused entry stays the same node (and keeps focus); the others are replaced around it.
    if (keep && active && focused !== undefined) {
      const at = focused - start;
      const before = items.slice(0, at);
      const after = items.slice(at + 1);
      for (const li of this.list.querySelectorAll(':scope > .cast-entry')) if (li !== keep) li.remove();
      keep.before(...before);
      keep.after(...after);
    } else this.list.replaceChildren(this.above, ...items, this.below);
    this.drawn = { start, end };
  }

  private focusedEntry(): number | undefined {
    const li = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('.cast-entry[data-pos]');
    return li && this.list.contains(li) ? Number(li.dataset.pos) : undefined;
  }

  /** aria-current on the entry of the current command, if it is drawn. */
  mark(): void {
    for (const li of this.list.querySelectorAll<HTMLElement>(':scope > .cast-entry')) {
      if (li.dataset.index === String(this.current)) li.setAttribute('aria-current', 'step');
      else li.removeAttribute('aria-current');
    }
  }
}

function spacer(): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'cast-spacer';
  li.setAttribute('aria-hidden', 'true');
  return li;
}

/** Fills `list` with the transcript, drawing only what is in view. */
export function renderTranscript(list: HTMLElement, entries: readonly TranscriptEntry[], index: CommandIndex): void {
  lists.get(list)?.dispose();
  lists.set(list, new VirtualTranscript(list, entries, index));
}

/** Marks the entry of command `index` (-1: before the first) in a transcript drawn by renderTranscript. */
export function markVirtualEntry(list: HTMLElement, index: number): boolean {
  const v = lists.get(list);
  if (!v) return false;
  v.current = index;
  v.mark();
  return true;
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
