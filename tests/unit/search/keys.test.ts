import { describe, expect, it } from 'vitest';
import { isSearchShortcut, isTypingTarget, type FocusLike, type KeyLike } from '../../../src/lib/search/keys';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});
const body: FocusLike = { tagName: 'BODY' };
const link: FocusLike = { tagName: 'A' };
const text: FocusLike = { tagName: 'INPUT', type: 'text' };
const search: FocusLike = { tagName: 'INPUT', type: 'search' };
const checkbox: FocusLike = { tagName: 'INPUT', type: 'checkbox' };
const area: FocusLike = { tagName: 'TEXTAREA' };
const select: FocusLike = { tagName: 'select' };
const editable: FocusLike = { tagName: 'DIV', isContentEditable: true };

describe('isTypingTarget', () => {
  it.each([
    [body, false],
    [link, false],
    [checkbox, false],
    [text, true],
    [search, true],
    [{ tagName: 'INPUT' }, true],
    [area, true],
    [select, true],
    [editable, true],
    [null, false],
  ])('%j → %s', (el, expected) => expect(isTypingTarget(el)).toBe(expected));
});

describe('isSearchShortcut', () => {
  it.each([
    ['/ on the page', key('/'), body, true],
    ['/ on a link', key('/'), link, true],
    ['/ on a checkbox', key('/'), checkbox, true],
    ['/ while typing', key('/'), text, false],
    ['/ in a textarea', key('/'), area, false],
    ['/ in contenteditable', key('/'), editable, false],
    ['Ctrl+/', key('/', { ctrlKey: true }), body, false],
    ['Ctrl+K', key('k', { ctrlKey: true }), body, true],
    ['⌘K', key('k', { metaKey: true }), body, true],
    ['Ctrl+K with caps lock', key('K', { ctrlKey: true }), body, true],
    ['Ctrl+K while typing', key('k', { ctrlKey: true }), text, true],
    ['Ctrl+Shift+K', key('K', { ctrlKey: true, shiftKey: true }), body, false],
    ['Ctrl+Alt+K', key('k', { ctrlKey: true, altKey: true }), body, false],
    ['plain k', key('k'), body, false],
    ['Escape', key('Escape'), body, false],
    ['/ during IME composition', key('/', { isComposing: true }), body, false],
  ])('%s → %s', (_name, event, focused, expected) => expect(isSearchShortcut(event, focused)).toBe(expected));
});
