/**
 * Which key presses open search: `/` when the learner is not typing somewhere,
 * and Ctrl+K (⌘K on a Mac) anywhere, as on the big docs sites.
 */

/** The parts of a KeyboardEvent the decision needs. */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
}

/** The parts of the focused element the decision needs. */
export interface FocusLike {
  tagName: string;
  isContentEditable?: boolean;
  type?: string;
}

// Input types where `/` is not text, so it can open search from them.
const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'color', 'file', 'image', 'radio', 'range', 'reset', 'submit']);

/** True when keys pressed in `el` type text (so `/` must reach it untouched). */
export function isTypingTarget(el: FocusLike | null | undefined): boolean {
  if (!el) return false;
  if (el.isContentEditable) return true;
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !NON_TEXT_INPUTS.has((el.type ?? 'text').toLowerCase());
  return false;
}

/** True when this key press should open search, given what has focus. */
export function isSearchShortcut(event: KeyLike, focused: FocusLike | null | undefined): boolean {
  if (event.isComposing) return false;
  const key = event.key.toLowerCase();
  if (key === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey) return true;
  if (key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey) return !isTypingTarget(focused);
  return false;
}
