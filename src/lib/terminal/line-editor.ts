/**
 * A readline-like line editor without a DOM: the buffer, the cursor, history
 * with reverse search, and what the screen should show. The page feeds it keys
 * (src/lib/terminal/keys.ts) and acts on what `press` returns; completion is
 * asked for through a callback so this module knows nothing about Docker.
 */
import type { Key } from './keys.ts';

export interface Completion {
  /** The new buffer and cursor after completing. */
  buffer: string;
  cursor: number;
  /** Shown under the line when several candidates remain and nothing could be added. */
  listing: string[];
}

export type Completer = (buffer: string, cursor: number) => Completion;

/** What the terminal must do after a key. */
export type Action =
  | { type: 'redraw' }
  | { type: 'submit'; line: string }
  | { type: 'cancel'; line: string }
  | { type: 'clear' }
  | { type: 'list'; items: string[] }
  | { type: 'none' };

interface Search {
  query: string;
  /** Index in history of the current match, or -1. */
  match: number;
}

const WORD = /\S/;

export class LineEditor {
  buffer = '';
  cursor = 0;
  readonly history: string[] = [];
  /** Position while browsing history; history.length means the line being written. */
  private index = 0;
  private draft = '';
  private search: Search | undefined;

  constructor(
    private readonly completer?: Completer,
    history: readonly string[] = [],
  ) {
    this.history.push(...history);
    this.index = this.history.length;
  }

  get searching(): Search | undefined {
    return this.search;
  }

  /** Replaces the line (e.g. restoring a typed command); the cursor goes to its end. */
  setLine(text: string): void {
    this.buffer = text;
    this.cursor = text.length;
  }

  press(key: Key): Action {
    if (this.search) return this.pressInSearch(key);
    if ('text' in key) {
      this.insert(key.text);
      return { type: 'redraw' };
    }
    const { buffer, cursor } = this;
    switch (key.name) {
      case 'left':
        this.cursor = Math.max(0, cursor - 1);
        break;
      case 'right':
        this.cursor = Math.min(buffer.length, cursor + 1);
        break;
      case 'home':
      case 'ctrl-a':
        this.cursor = 0;
        break;
      case 'end':
      case 'ctrl-e':
        this.cursor = buffer.length;
        break;
      case 'backspace':
        if (cursor === 0) return { type: 'none' };
        this.buffer = buffer.slice(0, cursor - 1) + buffer.slice(cursor);
        this.cursor = cursor - 1;
        break;
      case 'delete':
      case 'ctrl-d':
        if (cursor === buffer.length) return { type: 'none' };
        this.buffer = buffer.slice(0, cursor) + buffer.slice(cursor + 1);
        break;
      case 'ctrl-u':
        this.buffer = buffer.slice(cursor);
        this.cursor = 0;
        break;
      case 'ctrl-k':
        this.buffer = buffer.slice(0, cursor);
        break;
      case 'ctrl-w': {
        let start = cursor;
        while (start > 0 && !WORD.test(buffer[start - 1] ?? '')) start -= 1;
        while (start > 0 && WORD.test(buffer[start - 1] ?? '')) start -= 1;
        this.buffer = buffer.slice(0, start) + buffer.slice(cursor);
        this.cursor = start;
        break;
      }
      case 'up':
        return this.browse(-1);
      case 'down':
        return this.browse(1);
      case 'ctrl-r':
        this.search = { query: '', match: -1 };
        break;
      case 'tab':
        return this.complete();
      case 'enter':
        return this.submit();
      case 'ctrl-c': {
        const line = this.buffer;
        this.reset();
        return { type: 'cancel', line };
      }
      case 'ctrl-l':
        return { type: 'clear' };
      default:
        return { type: 'none' };
    }
    return { type: 'redraw' };
  }

  /** What follows the prompt: the line, or the reverse search in bash's words. */
  display(): { text: string; cursor: number } {
    if (this.search) {
      const { query, match } = this.search;
      const prefix = `(${match === -1 && query ? 'failed ' : ''}reverse-i-search)\`${query}': `;
      const found = match === -1 ? '' : (this.history[match] ?? '');
      const at = match === -1 ? 0 : Math.max(0, found.lastIndexOf(query));
      return { text: prefix + found, cursor: prefix.length + at };
    }
    return { text: this.buffer, cursor: this.cursor };
  }

  private insert(text: string): void {
    this.buffer = this.buffer.slice(0, this.cursor) + text + this.buffer.slice(this.cursor);
    this.cursor += text.length;
  }

  private reset(): void {
    this.buffer = '';
    this.cursor = 0;
    this.index = this.history.length;
    this.draft = '';
    this.search = undefined;
  }

  private submit(): Action {
    const line = this.buffer;
    // Like bash's ignoredups: a blank line or a repeat of the last one is not stored.
    if (line.trim() && this.history[this.history.length - 1] !== line) this.history.push(line);
    this.reset();
    return { type: 'submit', line };
  }

  private browse(step: -1 | 1): Action {
    const next = this.index + step;
    if (next < 0 || next > this.history.length) return { type: 'none' };
    if (this.index === this.history.length) this.draft = this.buffer;
    this.index = next;
    this.setLine(next === this.history.length ? this.draft : (this.history[next] ?? ''));
    return { type: 'redraw' };
  }

  private complete(): Action {
    if (!this.completer) return { type: 'none' };
    const result = this.completer(this.buffer, this.cursor);
    if (result.buffer !== this.buffer) {
      this.buffer = result.buffer;
      this.cursor = result.cursor;
      return { type: 'redraw' };
    }
    return result.listing.length > 1 ? { type: 'list', items: result.listing } : { type: 'none' };
  }

  private find(query: string, before: number): number {
    if (!query) return -1;
    for (let i = Math.min(before, this.history.length - 1); i >= 0; i--) {
      if (this.history[i]?.includes(query)) return i;
    }
    return -1;
  }

  private pressInSearch(key: Key): Action {
    const search = this.search!;
    if ('text' in key) {
      search.query += key.text;
      search.match = this.find(search.query, search.match === -1 ? this.history.length - 1 : search.match);
      return { type: 'redraw' };
    }
    switch (key.name) {
      case 'backspace':
        search.query = search.query.slice(0, -1);
        search.match = this.find(search.query, this.history.length - 1);
        return { type: 'redraw' };
      case 'ctrl-r': {
        if (search.match > 0) {
          const older = this.find(search.query, search.match - 1);
          if (older !== -1) search.match = older;
        }
        return { type: 'redraw' };
      }
      case 'ctrl-g':
      case 'ctrl-c':
      case 'escape':
        // Abandon the search and keep the line as it was.
        this.search = undefined;
        return key.name === 'ctrl-c' ? this.press(key) : { type: 'redraw' };
      default: {
        // Any other key accepts the match, then acts on it as bash does.
        const found = search.match === -1 ? this.buffer : (this.history[search.match] ?? this.buffer);
        this.search = undefined;
        this.setLine(found);
        if (key.name === 'enter') return this.submit();
        return this.press(key);
      }
    }
  }
}
